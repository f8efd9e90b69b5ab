package org.gongwen.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongwen.shared.ApiError;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.gongwen.workflow.TaskFormInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns every REST failure into JSON with a message in the caller's language. */
@RestControllerAdvice(basePackages = "org.gongwen")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Translations translations;

    ApiExceptionHandler(Translations translations) {
        this.translations = translations;
    }

    record FieldErrors(int status, String error, String message, String path, Instant timestamp,
            Map<String, String> fieldErrors) {
    }

    @ExceptionHandler(TaskFormInvalidException.class)
    ResponseEntity<FieldErrors> formInvalid(TaskFormInvalidException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.violations().forEach((key, v) -> fields.put(key, translations.get(v.messageKey(), v.argument())));
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(new FieldErrors(status.value(), status.getReasonPhrase(),
                translations.get(e.messageKey()), request.getRequestURI(), Instant.now(), fields));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiError> business(BusinessException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return error(status, translations.get(e.messageKey(), e.args()), request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, translations.get("error.forbidden"), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> unreadable(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, translations.get("error.badRequest"), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, translations.get("error.tooLarge"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            String key = status == HttpStatus.NOT_FOUND ? "error.notFound" : "error.badRequest";
            return error(status, translations.get(key), request);
        }
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, translations.get("error.internal"), request);
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, HttpServletRequest request) {
        return ResponseEntity.status(status).body(
                new ApiError(status.value(), status.getReasonPhrase(), message, request.getRequestURI(), Instant.now()));
    }
}
