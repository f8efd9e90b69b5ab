package org.gongwen.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.GongwenPrincipal;
import org.gongwen.security.ui.LoginView;
import org.gongwen.shared.ApiError;
import org.gongwen.shared.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
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
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Three filter chains: the REST APIs (HTTP Basic for people, bearer API tokens for units' office
 * systems), the Camunda web apps for administrators, and the Vaadin UI with its login form.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration extends VaadinWebSecurity {

    /** What an office system's API token reaches; everything else under /api needs a person. */
    private static final String[] OFFICE_SYSTEM_PATHS = {"/api/v1/me", "/api/v1/inbox", "/api/v1/inbox/**"};

    private final Translations translations;
    private final ObjectMapper json;
    private final LoginAuditListener loginAudit;

    SecurityConfiguration(Translations translations, ObjectMapper json, LoginAuditListener loginAudit) {
        this.loginAudit = loginAudit;
        this.translations = translations;
        this.json = json;
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthenticator apiTokens) throws Exception {
        http.securityMatcher("/api/**", "/engine-rest/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/engine-rest/**").hasRole("ADMIN")
                        .requestMatchers(OFFICE_SYSTEM_PATHS)
                        .hasAnyAuthority(GongwenPrincipal.ACTIVE, "ROLE_" + CurrentUser.OFFICE_SYSTEM)
                        .anyRequest().hasAuthority(GongwenPrincipal.ACTIVE))
                .addFilterBefore(new BearerTokenFilter(apiTokens, this::invalidToken), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(this::unauthorized)
                        .accessDeniedHandler((req, res, e) -> forbidden(req, res)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/camunda/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                // the Camunda web apps bring their own CSRF protection
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                new AntPathRequestMatcher("/actuator/health/**"),
                new AntPathRequestMatcher("/actuator/info"),
                new AntPathRequestMatcher("/pki/**"),
                new AntPathRequestMatcher("/v3/api-docs/**"),
                new AntPathRequestMatcher("/swagger-ui/**"),
                new AntPathRequestMatcher("/swagger-ui.html")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/login?logout");
        http.logout(logout -> logout.addLogoutHandler(loginAudit));
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
    }

    private void unauthorized(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        String key = e instanceof LockedException ? "login.error.locked" : "error.unauthorized";
        res.setHeader("WWW-Authenticate", "Basic realm=\"gongwen\"");
        write(res, req, HttpStatus.UNAUTHORIZED, translations.get(key));
    }

    private void invalidToken(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        res.setHeader("WWW-Authenticate", "Bearer realm=\"gongwen\", error=\"invalid_token\"");
        write(res, req, HttpStatus.UNAUTHORIZED, translations.get("apiToken.error.invalid"));
    }

    private void forbidden(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean expired = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> GongwenPrincipal.PASSWORD_EXPIRED.equals(a.getAuthority()));
        write(res, req, HttpStatus.FORBIDDEN, translations.get(expired ? "error.passwordExpired" : "error.forbidden"));
    }

    private void write(HttpServletResponse res, HttpServletRequest req, HttpStatus status, String message)
            throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(),
                new ApiError(status.value(), status.getReasonPhrase(), message, req.getRequestURI(), Instant.now()));
    }

    /** Sends the login page the reason, so it can say "locked" rather than "wrong password". */
    private static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String reason = exception instanceof LockedException ? "locked" : "bad";
            getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
        }
    }
}
