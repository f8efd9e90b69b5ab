package org.gongwen.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Passwords of the login form and HTTP Basic: refused before the password is even compared while
 * {@link LoginThrottle} holds the name locked for the caller's address, then checked by Spring's
 * {@link DaoAuthenticationProvider} (which also answers an unknown name like a wrong password).
 * The person is loaded afresh every time (active, roles, password expiry); only the bcrypt
 * comparison itself may be answered by the {@link VerifiedCredentialCache}.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(
            LoginThrottle throttle,
            GongwenUserDetailsService users,
            PasswordEncoder passwordEncoder,
            VerifiedCredentialCache verified) {
        this.throttle = throttle;
        this.passwords = new CachingPasswordCheck(users, verified);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    /**
     * A database that does not answer is not a wrong password: its failure leaves here as an
     * {@link InternalAuthenticationServiceException} with the cause kept, which the entry points and the
     * login page answer with 503 "系统暂时无法连接数据库" rather than 401 (SecurityConfiguration).
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginThrottle.State state;
        try {
            state = throttle.state(authentication.getName(), clientAddress(authentication));
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("The login throttle could not be read", e);
        }
        if (state == LoginThrottle.State.LOCKED) {
            throw new LockedException("Too many failed logins from this address");
        }
        Authentication success = passwords.authenticate(authentication);
        if (state == LoginThrottle.State.FAILURES) {
            // a success clears the failures counted so far; with none on record there is nothing to write,
            // so a poller's request costs no write of its own
            try {
                throttle.recordSuccess(authentication.getName(), clientAddress(authentication));
            } catch (RuntimeException e) {
                throw new InternalAuthenticationServiceException("The login throttle could not be cleared", e);
            }
        }
        return success;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Spring's password comparison, skipped when the same name and password matched this hash just now. */
    private static final class CachingPasswordCheck extends DaoAuthenticationProvider {

        private final VerifiedCredentialCache verified;

        CachingPasswordCheck(GongwenUserDetailsService users, VerifiedCredentialCache verified) {
            super(users);
            this.verified = verified;
        }

        @Override
        protected void additionalAuthenticationChecks(
                UserDetails user, UsernamePasswordAuthenticationToken authentication) {
            String username = authentication.getName();
            String password = authentication.getCredentials() == null
                    ? null
                    : authentication.getCredentials().toString();
            if (password != null && verified.isVerified(username, password, user.getPassword())) {
                return;
            }
            verified.countPasswordCheck();
            super.additionalAuthenticationChecks(user, authentication);
            if (user instanceof GongwenPrincipal principal) {
                verified.remember(principal.currentUser().personId(), username, password, user.getPassword());
            }
        }
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
    }
}
