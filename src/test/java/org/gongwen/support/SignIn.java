package org.gongwen.support;

import org.gongwen.security.internal.GongwenPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo or test user in on the current thread, as the login form would, for service-level tests. */
public final class SignIn {

    private SignIn() {}

    public static void as(UserDetailsService users, String username) {
        GongwenPrincipal principal = (GongwenPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
