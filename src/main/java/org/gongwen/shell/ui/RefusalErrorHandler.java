package org.gongwen.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refusal no view caught (a revoked seal, a wrong state), a race lost to another person's act on the same
 * task or document, or a database that did not answer is shown to the person in their language and
 * logged as one WARN line; anything else goes to Vaadin's handler, which logs it as the error it is.
 */
@Component
class RefusalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(RefusalErrorHandler.class);

    private final transient ErrorHandler unexpected = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        BusinessException refusal =
                BusinessException.foundIn(event.getThrowable()).orElse(null);
        if (refusal != null) {
            log.warn("Refused in the UI: {}", refusal.messageKey());
            show(refusal.messageKey(), refusal.args());
            return;
        }
        TransientFailure failure = TransientFailure.of(event.getThrowable()).orElse(null);
        if (failure != null) {
            // someone else acted first, or the database did not answer: the person refreshes or tries again
            log.warn("{} in the UI: {}", failure, event.getThrowable().toString());
            show(failure.messageKey());
            return;
        }
        unexpected.error(event);
    }

    private static void show(String key, Object... args) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation(key, args), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
