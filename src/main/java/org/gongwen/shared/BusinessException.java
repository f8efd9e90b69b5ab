package org.gongwen.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on. Carries a message key (resolved in the caller's language)
 * and the kind of refusal, which the web layer maps to an HTTP status.
 */
public class BusinessException extends RuntimeException {

    /** The kinds of refusal and the HTTP status each answers with (REST and pages alike). */
    public enum Kind {
        INVALID(HttpStatus.BAD_REQUEST),
        NOT_FOUND(HttpStatus.NOT_FOUND),
        FORBIDDEN(HttpStatus.FORBIDDEN),
        CONFLICT(HttpStatus.CONFLICT),
        TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
        /** A file whose content is not what the operation takes. */
        UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(Kind kind, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static BusinessException invalid(String key, Object... args) {
        return new BusinessException(Kind.INVALID, key, args);
    }

    public static BusinessException notFound(String key, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, key, args);
    }

    public static BusinessException forbidden(String key, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, key, args);
    }

    public static BusinessException conflict(String key, Object... args) {
        return new BusinessException(Kind.CONFLICT, key, args);
    }

    public static BusinessException unsupported(String key, Object... args) {
        return new BusinessException(Kind.UNSUPPORTED, key, args);
    }

    public static BusinessException tooLarge(String key, Object... args) {
        return new BusinessException(Kind.TOO_LARGE, key, args);
    }

    /**
     * The refusal behind a failure, if there is one: the process engine and other layers wrap it. A refusal is
     * expected, so it is logged as one line at INFO or WARN, never as an error with a stack trace.
     */
    public static java.util.Optional<BusinessException> foundIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
