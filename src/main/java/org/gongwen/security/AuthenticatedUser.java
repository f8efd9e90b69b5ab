package org.gongwen.security;

import java.util.Optional;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.shared.BusinessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives services and views the signed-in person. */
@Component
public class AuthenticatedUser {

    public Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GongwenPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return get().orElseThrow(() -> BusinessException.forbidden("error.notSignedIn"));
    }
}
