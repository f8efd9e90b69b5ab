package org.gongwen.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page behind it (and, in production mode, where Vaadin answers a denied page as not
 * found): said in Chinese, with 404.
 */
@AnonymousAllowed
public class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.page.notFound.title", "error.page.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
