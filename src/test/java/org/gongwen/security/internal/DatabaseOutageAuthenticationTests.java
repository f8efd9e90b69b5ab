package org.gongwen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A database that does not answer while a password is checked is told apart from a wrong password:
 * the failure the login form and HTTP Basic see is "database unavailable" (503), never bad credentials.
 */
class DatabaseOutageAuthenticationTests {

    private static final CannotGetJdbcConnectionException NO_DATABASE = new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection",
            new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 5000ms."));

    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final GongwenUserDetailsService users = mock(GongwenUserDetailsService.class);
    private final ProviderManager authentication = new ProviderManager(new ThrottledAuthenticationProvider(
            throttle,
            users,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            new VerifiedCredentialCache(
                    java.time.Clock.systemUTC(),
                    new org.gongwen.security.internal.SecurityProperties(
                            90, 5, 15, 8, 10, false, java.time.Duration.ofMinutes(5), 100))));

    @Test
    void accountsThatCannotBeReadAreADatabaseOutage() {
        when(users.loadUserByUsername(anyString())).thenThrow(NO_DATABASE);

        AuthenticationException failure = attempt();

        assertThat(failure).isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(SecurityConfiguration.isDatabaseUnavailable(failure)).isTrue();
    }

    @Test
    void aLoginThrottleThatCannotBeReadIsADatabaseOutage() {
        when(throttle.state(anyString(), any())).thenThrow(NO_DATABASE);

        AuthenticationException failure = attempt();

        assertThat(failure).isInstanceOf(InternalAuthenticationServiceException.class);
        assertThat(SecurityConfiguration.isDatabaseUnavailable(failure)).isTrue();
    }

    @Test
    void anUnknownNameIsStillAWrongPassword() {
        when(users.loadUserByUsername(anyString())).thenThrow(new UsernameNotFoundException("nobody"));

        AuthenticationException failure = attempt();

        assertThat(failure).isInstanceOf(BadCredentialsException.class);
        assertThat(SecurityConfiguration.isDatabaseUnavailable(failure)).isFalse();
    }

    private AuthenticationException attempt() {
        return catchThrowableOfType(
                AuthenticationException.class,
                () -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("b19.clerk", "Gongwen@2026")));
    }
}
