package org.gongwen.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that could not be opened: a refusal (its message and status), a database that did not answer
 * (503, try again shortly) or a fault (500, logged with its stack trace). Replaces Vaadin's English
 * "There was an exception while trying to navigate".
 */
@AnonymousAllowed
public class PageFailed extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(PageFailed.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        String path = event.getLocation().getPath();
        BusinessException refusal = BusinessException.foundIn(failure).orElse(null);
        if (refusal != null) {
            log.info("Page {} refused: {}", path, refusal.messageKey());
            show("error.page.refused.title", refusal.messageKey(), refusal.args());
            return refusal.kind().status().value();
        }
        TransientFailure transientFailure = TransientFailure.of(failure).orElse(null);
        if (transientFailure != null) {
            log.warn("Page {} not opened: {} ({})", path, transientFailure, failure.toString());
            show("error.page.unavailable.title", transientFailure.messageKey());
            return transientFailure.status().value();
        }
        log.error("Page {} failed", path, failure);
        show("error.page.failed.title", "error.internal");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
