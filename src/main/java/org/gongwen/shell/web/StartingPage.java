package org.gongwen.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongwen.shared.Translations;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until start-up has finished (the database migrated, the demo county and its accounts seeded,
 * the processes deployed) every request but the health check gets a short "starting" page that
 * reloads itself, with 503 and Retry-After, instead of a login page whose accounts do not exist yet.
 * Spring Boot reports readiness only after every start-up runner has finished.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingPage extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final Translations translations;
    private volatile boolean ready;

    StartingPage(ApplicationAvailability availability, Translations translations) {
        this.availability = availability;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String title = HtmlUtils.htmlEscape(translations.get("app.starting.title"));
        String text = HtmlUtils.htmlEscape(translations.get("app.starting.text"));
        response.getOutputStream().write(("""
                <!doctype html><html lang="zh"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="5"><title>%s</title></head>
                <body style="font-family:sans-serif;margin:4em auto;max-width:36em;text-align:center">
                <h1 style="font-weight:normal">%s</h1><p>%s</p></body></html>
                """.formatted(title, title, text)).getBytes(StandardCharsets.UTF_8));
    }
}
