package org.gongwen.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for the login form. Vaadin's login view exempts its login URL from Spring's
 * CSRF filter; the login form does send the token (from the page's {@code _csrf} meta tags), so
 * this filter, after Spring's, insists on it. A login page older than its session is sent back
 * to the login page to try again.
 */
class LoginCsrfFilter extends OncePerRequestFilter {

    private final RequestMatcher loginPost;
    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfFilter(RequestMatcher loginPost) {
        this.loginPost = loginPost;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request) && !validToken(request)) {
            response.sendRedirect(request.getContextPath() + "/login?error=expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean validToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)
                || deferred.isGenerated()) {
            return false;
        }
        CsrfToken expected = deferred.get();
        String actual = tokens.resolveCsrfTokenValue(request, expected);
        return actual != null
                && MessageDigest.isEqual(
                        expected.getToken().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
