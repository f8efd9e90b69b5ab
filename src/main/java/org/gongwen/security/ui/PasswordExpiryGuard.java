package org.gongwen.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.gongwen.security.internal.GongwenPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Sends a person whose password has expired to the change-password page, whatever they open. */
@Component
class PasswordExpiryGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof GongwenPrincipal principal
                && principal.passwordExpired()
                && !ChangePasswordView.class.equals(event.getNavigationTarget())
                && !LoginView.class.equals(event.getNavigationTarget())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
