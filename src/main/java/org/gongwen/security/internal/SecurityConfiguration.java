package org.gongwen.security.internal;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.gongwen.organization.Role;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.ui.LoginView;
import org.gongwen.shared.ApiErrorWriter;
import org.gongwen.shared.TransientFailure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One perimeter for every path the server answers, each chain matched by path alone (not by
 * Spring MVC's mappings, which do not see the Camunda servlets): the engine REST API (off, or
 * ADMIN by HTTP Basic), the application's REST API (HTTP Basic for people, bearer API tokens for
 * units' office systems), the Camunda web apps and their APIs (ADMIN), the actuator (health
 * status for anyone, details for ADMIN), and the Vaadin UI with its login form for everything
 * else, where every request needs a signed-in person unless listed as public.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration extends VaadinWebSecurity {

    /** What an office system's API token reaches; everything else under /api needs a person. */
    private static final String[] OFFICE_SYSTEM_PATHS = {"/api/v1/me", "/api/v1/inbox", "/api/v1/inbox/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data: blob:; connect-src 'self'; "
            + "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=()";

    /** The login page saying why the user must sign in again (see {@link LoginView}). */
    static final String SESSION_LOST_LOGIN = "/login?" + LoginView.SESSION_LOST;

    private final ApiErrorWriter errors;
    private final LoginAuditListener loginAudit;
    private final EngineRestSwitch engineRest;

    SecurityConfiguration(ApiErrorWriter errors, LoginAuditListener loginAudit, EngineRestSwitch engineRest) {
        this.loginAudit = loginAudit;
        this.engineRest = engineRest;
        this.errors = errors;
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The engine's own REST API: off unless gongwen.security.engine-rest-enabled is set, and then
     * for administrators by HTTP Basic only, without a session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain engineRestChain(HttpSecurity http, EngineRestSwitch engineRest) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(engineRest.isEnabled() && isAdmin(authentication.get()))))
                .httpBasic(basic -> basic.authenticationEntryPoint(this::engineRestUnauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(this::engineRestUnauthorized)
                        .accessDeniedHandler((req, res, e) -> {
                            if (engineRest.isEnabled()) {
                                forbidden(req, res);
                            } else {
                                engineRestOff(req, res);
                            }
                        }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        hardenHeaders(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticator apiTokens) throws Exception {
        http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(paths(OFFICE_SYSTEM_PATHS))
                        .hasAnyAuthority(GongwenPrincipal.ACTIVE, "ROLE_" + CurrentUser.OFFICE_SYSTEM)
                        .anyRequest()
                        .hasAuthority(GongwenPrincipal.ACTIVE))
                .addFilterBefore(new BearerTokenFilter(apiTokens, this::invalidToken), BasicAuthenticationFilter.class);
        return statelessBasic(http);
    }

    /**
     * Cockpit, Tasklist and Admin and their APIs (which include a copy of the whole engine API
     * under /camunda/api/engine): administrators only, signed in through Gongwen.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.Names.ADMIN))
                .exceptionHandling(
                        ex -> ex.defaultAuthenticationEntryPointFor(this::unauthorized, path("/camunda/api/**"))
                                .defaultAuthenticationEntryPointFor(
                                        new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                                .accessDeniedHandler((req, res, e) -> forbidden(req, res)))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                // the Camunda web apps bring their own CSRF protection and Content-Security-Policy
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Health and info for monitoring; details of the health only for administrators (HTTP Basic). */
    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(path("/actuator/health/**"), path("/actuator/info"))
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return statelessBasic(http);
    }

    /** HTTP Basic without a session (so without CSRF), refusals as the application's JSON. */
    private SecurityFilterChain statelessBasic(HttpSecurity http) throws Exception {
        http.httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler((req, res, e) -> forbidden(req, res)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        hardenHeaders(http);
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // before Vaadin's own login redirect, so that it is asked first (docs/operations.md, "Running several nodes")
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(SESSION_LOST_LOGIN),
                SecurityConfiguration::carriesUnknownSession));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        path("/pki/**"),
                        path("/v3/api-docs"),
                        path("/v3/api-docs/**"),
                        path("/swagger-ui/**"),
                        path("/swagger-ui.html"))
                .permitAll());
        // the time-stamping authority takes RFC 3161 queries from any client, without session or token
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/pki/tsa")));
        super.configure(http);
        setLoginView(http, LoginView.class, "/login?logout");
        http.logout(logout -> logout.addLogoutHandler(loginAudit));
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        http.addFilterAfter(
                new LoginCsrfFilter(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")),
                CsrfFilter.class);
        hardenHeaders(http);
    }

    /**
     * Content-Security-Policy fit for Vaadin (its client engine evaluates scripts and sets inline
     * styles), everything else from this server only; no framing, no referrer outside, no device APIs.
     */
    private static void hardenHeaders(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    /**
     * The browser sent a session cookie this server does not know: the session expired, or it was
     * made by another node that has since died or that the load balancer no longer sends it to.
     */
    private static boolean carriesUnknownSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + Role.Names.ADMIN).equals(a.getAuthority()));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher[] paths(String... patterns) {
        return Arrays.stream(patterns).map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
    }

    private void engineRestUnauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (engineRest.isEnabled()) {
            unauthorized(req, res, e);
        } else {
            engineRestOff(req, res);
        }
    }

    private void engineRestOff(HttpServletRequest req, HttpServletResponse res) throws IOException {
        errors.write(req, res, HttpStatus.NOT_FOUND, "error.engineRestOff");
    }

    private void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (databaseUnavailable(req, res, e)) {
            return;
        }
        String key = e instanceof LockedException ? "login.error.locked" : "error.unauthorized";
        res.setHeader("WWW-Authenticate", "Basic realm=\"gongwen\"");
        errors.write(req, res, HttpStatus.UNAUTHORIZED, key);
    }

    private void invalidToken(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (databaseUnavailable(req, res, e)) {
            return;
        }
        res.setHeader("WWW-Authenticate", "Bearer realm=\"gongwen\", error=\"invalid_token\"");
        errors.write(req, res, HttpStatus.UNAUTHORIZED, "apiToken.error.invalid");
    }

    /**
     * Credentials that could not be checked because the database did not answer: 503 with a message that
     * says so, never 401 (the caller's password may well be right).
     */
    private boolean databaseUnavailable(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (!isDatabaseUnavailable(e)) {
            return false;
        }
        errors.write(req, res, TransientFailure.DATABASE_UNAVAILABLE);
        return true;
    }

    static boolean isDatabaseUnavailable(AuthenticationException e) {
        return TransientFailure.of(e).orElse(null) == TransientFailure.DATABASE_UNAVAILABLE;
    }

    private void forbidden(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean expired = auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> GongwenPrincipal.PASSWORD_EXPIRED.equals(a.getAuthority()));
        errors.write(req, res, HttpStatus.FORBIDDEN, expired ? "error.passwordExpired" : "error.forbidden");
    }

    /** Sends the login page the reason, so it can say "locked" rather than "wrong password". */
    private static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            // the same answers whether or not the name is an account (A35)
            String reason = exception instanceof LockedException
                    ? "locked"
                    : isDatabaseUnavailable(exception) ? LoginView.DATABASE_UNAVAILABLE : "bad";
            getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
        }
    }
}
