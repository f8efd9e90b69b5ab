package org.gongwen.shell.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.gongwen.shared.ApiError;
import org.gongwen.shared.ApiErrorWriter;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransientFailure;
import org.gongwen.shared.Translations;
import org.gongwen.shared.UploadLimits;
import org.gongwen.workflow.TaskFormInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every failure of a Spring MVC call into JSON with a message in the caller's language,
 * also those raised before a controller is chosen (unknown path, method, media type, multipart).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Translations translations;
    private final ApiInputProperties limits;
    private final UploadLimits uploadLimits;

    ApiExceptionHandler(Translations translations, ApiInputProperties limits, UploadLimits uploadLimits) {
        this.translations = translations;
        this.limits = limits;
        this.uploadLimits = uploadLimits;
    }

    record FieldErrors(
            int status,
            String error,
            String message,
            String path,
            Instant timestamp,
            Map<String, String> fieldErrors) {}

    @ExceptionHandler(TaskFormInvalidException.class)
    ResponseEntity<FieldErrors> formInvalid(TaskFormInvalidException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.violations().forEach((key, v) -> fields.put(key, translations.get(v.messageKey(), v.argument())));
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new FieldErrors(
                        status.value(),
                        status.getReasonPhrase(),
                        translations.get(e.messageKey()),
                        request.getRequestURI(),
                        Instant.now(),
                        fields));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ApiError> business(BusinessException e, HttpServletRequest request) {
        HttpStatus status = e.kind().status();
        // an expected refusal (a revoked seal, a wrong state): one line, no stack trace
        log.info(
                "Refused {} {} with {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                status.value(),
                e.messageKey());
        return error(status, translations.get(e.messageKey(), e.args()), request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, translations.get("error.forbidden"), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (CauseChain.holds(e, ApiInputFilter.BodyTooLargeException.class)) {
            return error(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    translations.get("error.bodyTooLarge", limits.maxBodySizeText()),
                    request);
        }
        if (e.getCause() instanceof StrictJsonConfiguration.UnsafeTextException unsafe) {
            return error(HttpStatus.BAD_REQUEST, translations.get("error.json.unsafeText", path(unsafe)), request);
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, translations.get("error.json.type", path(mapping)), request);
        }
        String key = e.getCause() instanceof JsonProcessingException ? "error.json.malformed" : "error.json.missing";
        return error(HttpStatus.BAD_REQUEST, translations.get(key), request);
    }

    /** A controller that reads the body itself (BPMN XML) and went past the limit. */
    @ExceptionHandler(ApiInputFilter.BodyTooLargeException.class)
    ResponseEntity<ApiError> bodyTooLarge(Exception e, HttpServletRequest request) {
        return error(
                HttpStatus.PAYLOAD_TOO_LARGE,
                translations.get("error.bodyTooLarge", limits.maxBodySizeText()),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, translations.get("error.parameter", e.getName()), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, translations.get("error.parameterMissing", e.getParameterName()), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return error(
                HttpStatus.BAD_REQUEST, translations.get("error.parameterMissing", e.getRequestPartName()), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> invalid(BindException e, HttpServletRequest request) {
        FieldError field = e.getFieldError();
        return error(
                HttpStatus.BAD_REQUEST,
                field == null
                        ? translations.get("error.badRequest")
                        : translations.get("error.field", field.getField()),
                request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidArgument(HandlerMethodValidationException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, translations.get("error.badRequest"), request);
    }

    /** Beyond the server's own upload limits, which sit above every limit the application explains. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return error(
                HttpStatus.PAYLOAD_TOO_LARGE,
                translations.get("error.uploadTooLarge", uploadLimits.messageArgs()),
                request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e, HttpServletRequest request) {
        String key = CauseChain.holds(e, InvalidFileNameException.class)
                ? "upload.error.fileName"
                : "upload.error.malformed";
        return error(HttpStatus.BAD_REQUEST, translations.get(key), request);
    }

    /** A value the database refuses (too long for its column, a duplicate): the caller's input, not a fault. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> dataInvalid(DataIntegrityViolationException e, HttpServletRequest request) {
        if (TransientFailure.of(e).isPresent()) {
            return transientFailure(TransientFailure.of(e).get(), e, request);
        }
        log.warn(
                "Refused by the database on {}: {}",
                request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return error(HttpStatus.BAD_REQUEST, translations.get("error.dataInvalid"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        TransientFailure failure = TransientFailure.of(e).orElse(null);
        if (failure != null) {
            return transientFailure(failure, e, request);
        }
        if (e instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
            if (!status.is5xxServerError()) {
                return error(status, translations.get(ApiErrorWriter.messageKey(status)), request);
            }
        }
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, translations.get("error.internal"), request);
    }

    /**
     * Another request acted on the same thing first (409), or the database did not answer (503): one line in
     * the log, no stack trace, and a message that tells the person to refresh or to try again.
     */
    private ResponseEntity<ApiError> transientFailure(
            TransientFailure failure, Exception e, HttpServletRequest request) {
        String cause = e.getClass().getSimpleName() + ": " + rootMessage(e);
        if (failure == TransientFailure.CONTENTION) {
            log.info("Lost a race on {} {}, answered 409: {}", request.getMethod(), request.getRequestURI(), cause);
        } else {
            log.warn(
                    "Database unavailable on {} {}, answered 503: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    cause);
        }
        ResponseEntity<ApiError> answer = error(failure.status(), translations.get(failure.messageKey()), request);
        return failure == TransientFailure.DATABASE_UNAVAILABLE
                ? ResponseEntity.status(answer.getStatusCode())
                        .headers(answer.getHeaders())
                        .header(HttpHeaders.RETRY_AFTER, TransientFailure.RETRY_AFTER_SECONDS)
                        .body(answer.getBody())
                : answer;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A field's place in the body, e.g. {@code body[3].text}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, HttpServletRequest request) {
        // a preset content type wins over Accept: the error is JSON even for a call that asked for PDF
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(
                        status.value(), status.getReasonPhrase(), message, request.getRequestURI(), Instant.now()));
    }
}
