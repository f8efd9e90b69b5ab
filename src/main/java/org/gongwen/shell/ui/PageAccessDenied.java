package org.gongwen.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the person's roles do not open: the same words as a missing page, so as not to tell which pages exist. */
@AnonymousAllowed
public class PageAccessDenied extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.page.notFound.title", "error.page.notFound.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
