package org.gongwen.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongwen.shared.TransientFailure;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer gw_…} signs the request in as the token's office system. A bearer
 * token that does not authenticate ends the request with 401: it never falls through to another
 * way of signing in. Requests without a bearer token pass on untouched (HTTP Basic for people).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint invalidToken;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenAuthenticator authenticator, AuthenticationEntryPoint invalidToken) {
        this.authenticator = authenticator;
        this.invalidToken = invalidToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<GongwenPrincipal> principal;
        try {
            principal =
                    authenticator.authenticate(header.substring(SCHEME.length()).strip());
        } catch (RuntimeException e) {
            if (TransientFailure.of(e).orElse(null) != TransientFailure.DATABASE_UNAVAILABLE) {
                throw e;
            }
            // the token could not be looked up (the database did not answer): the entry point says so with 503
            contexts.clearContext();
            invalidToken.commence(
                    request,
                    response,
                    new InternalAuthenticationServiceException("The API token could not be checked", e));
            return;
        }
        if (principal.isEmpty()) {
            contexts.clearContext();
            invalidToken.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
