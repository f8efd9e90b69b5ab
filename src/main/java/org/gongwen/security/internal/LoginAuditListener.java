package org.gongwen.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.gongwen.security.DirectoryUser;
import org.gongwen.security.UserDirectory;
import org.gongwen.shared.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Records logins at the login page, logouts and every failed login (A29, A35). Requests authenticated
 * by HTTP Basic or a token are not logins of their own: their actions are recorded instead.
 */
@Component
class LoginAuditListener implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    static final String TARGET = "account";

    private final AuditLog audit;
    private final UserDirectory directory;

    LoginAuditListener(AuditLog audit, UserDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof GongwenPrincipal principal) {
            var user = principal.currentUser();
            audit.record(
                    new AuditActor(user.username(), user.unitId()),
                    AuditAction.LOGIN,
                    TARGET,
                    user.username(),
                    principal.passwordExpired() ? "password expired" : null);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof GongwenPrincipal principal) {
            var user = principal.currentUser();
            audit.record(
                    new AuditActor(user.username(), user.unitId()), AuditAction.LOGOUT, TARGET, user.username(), null);
        }
    }

    /** The username tried is the actor; the reason is the kind of failure, never what was typed as password. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (TransientFailure.of(event.getException()).orElse(null) == TransientFailure.DATABASE_UNAVAILABLE) {
            // nothing can be written, and a failure here would hide the 503 the caller is owed
            log.warn(
                    "Login of {} not checked: the database did not answer",
                    event.getAuthentication().getName());
            return;
        }
        String username = event.getAuthentication().getName();
        Long unitId =
                directory.findByUsername(username).map(DirectoryUser::unitId).orElse(null);
        audit.record(
                new AuditActor(username, unitId),
                AuditAction.LOGIN_FAILED,
                TARGET,
                username,
                event.getException().getClass().getSimpleName());
    }
}
