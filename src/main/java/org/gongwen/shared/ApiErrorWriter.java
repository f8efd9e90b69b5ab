package org.gongwen.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes {@link ApiError} straight to a response in the caller's language, for errors that never
 * reach a controller: refusals of the security filter chains and of the API input filter.
 */
@Component
public class ApiErrorWriter {

    private final ObjectMapper json;
    private final Translations translations;

    public ApiErrorWriter(ObjectMapper json, Translations translations) {
        this.json = json;
        this.translations = translations;
    }

    /** The message key for a status when nothing more specific is known. */
    public static String messageKey(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "error.unauthorized";
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case NOT_ACCEPTABLE -> "error.notAcceptable";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "error.mediaType";
            case CONFLICT -> "error.conflict";
            default -> status.is5xxServerError() ? "error.internal" : "error.badRequest";
        };
    }

    /** A lost race (409) or a database that did not answer (503, with Retry-After), in the caller's language. */
    public void write(HttpServletRequest request, HttpServletResponse response, TransientFailure failure)
            throws IOException {
        if (failure == TransientFailure.DATABASE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, TransientFailure.RETRY_AFTER_SECONDS);
        }
        write(request, response, failure.status(), failure.messageKey());
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        String message = translations.getTranslation(key, Translations.localeOf(request), args);
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getOutputStream(),
                new ApiError(
                        status.value(), status.getReasonPhrase(), message, request.getRequestURI(), Instant.now()));
        response.flushBuffer();
    }
}
