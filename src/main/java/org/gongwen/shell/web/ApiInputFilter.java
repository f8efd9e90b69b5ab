package org.gongwen.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.gongwen.shared.ApiErrorWriter;
import org.gongwen.shared.TransientFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's outer guard, ahead of security: a body that is not a multipart upload may not
 * exceed {@code gongwen.api.max-body-size} (refused by its Content-Length before anything is
 * read, or when a chunked body passes the limit), and every error of an {@code /api} call is
 * the application's JSON error in the caller's language, also where Spring or the container
 * would answer with its own error page.
 */
@Component
class ApiInputFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiInputFilter.class);

    private final ApiInputProperties properties;
    private final ApiErrorWriter errors;

    ApiInputFilter(ApiInputProperties properties, ApiErrorWriter errors) {
        this.properties = properties;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = properties.maxBodySize().toBytes();
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > max) {
            refuseTooLarge(request, response);
            return;
        }
        HttpServletRequest capped = multipart ? request : new CappedBody(request, max);
        try {
            chain.doFilter(capped, new JsonErrors(request, response));
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            TransientFailure failure = TransientFailure.of(e).orElse(null);
            if (CauseChain.holds(e, BodyTooLargeException.class)) {
                refuseTooLarge(request, response);
            } else if (failure != null) {
                // e.g. no database connection free for the login's own bookkeeping: busy or down, not a fault
                log.warn("{} on {}: {}", failure, request.getRequestURI(), e.toString());
                errors.write(request, response, failure);
            } else {
                log.error("Unexpected error on {}", request.getRequestURI(), e);
                errors.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
            }
        }
    }

    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(
                request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.bodyTooLarge", properties.maxBodySizeText());
    }

    /** Read past the body limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body exceeds gongwen.api.max-body-size");
        }
    }

    /** Every error status becomes the JSON error. */
    private final class JsonErrors extends JsonSendError {

        JsonErrors(HttpServletRequest request, HttpServletResponse response) {
            super(request, response);
        }

        @Override
        boolean takesOver(HttpStatus status) {
            return true;
        }

        @Override
        void writeJson(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
            errors.write(request, response, status, ApiErrorWriter.messageKey(status));
        }
    }

    /** The body as a stream that fails once more than the limit has been read. */
    private static final class CappedBody extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        CappedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Capped(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException e) {
                // an unknown charset in Content-Type: read as UTF-8, the parser refuses what is not
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Capped extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Capped(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
