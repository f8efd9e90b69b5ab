package org.gongwen.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.gongwen.shared.ApiErrorWriter;
import org.gongwen.shared.UploadLimits;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every 413 the server answers, on any path, is the application's JSON error with a message in
 * the caller's language naming the server's upload limits: where the container or a framework
 * would answer a request beyond {@code spring.servlet.multipart.*} with an empty body, an HTML page
 * or a bare status (REST calls, Vaadin uploads, whatever else takes a multipart body). The
 * Vaadin upload shows this message instead of its own "no permission" text ({@code UploadTexts}).
 */
@Component
class PayloadTooLargeFilter extends OncePerRequestFilter implements Ordered {

    private final ApiErrorWriter errors;
    private final UploadLimits limits;

    PayloadTooLargeFilter(ApiErrorWriter errors, UploadLimits limits) {
        this.errors = errors;
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TooLargeAsJson answer = new TooLargeAsJson(request, response);
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !beyondUploadLimits(e)) {
                throw e;
            }
            write(request, response);
            return;
        }
        if (response.getStatus() == HttpStatus.PAYLOAD_TOO_LARGE.value()
                && !answer.bodyStarted
                && !response.isCommitted()) {
            write(request, response);
        }
    }

    /** A request the multipart parsers of Spring, Tomcat or Vaadin refused for its size. */
    static boolean beyondUploadLimits(Throwable e) {
        return CauseChain.holds(
                e, MaxUploadSizeExceededException.class, SizeException.class, FileUploadSizeException.class);
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge", limits.messageArgs());
    }

    /** Answers {@code sendError(413)} with the JSON error; notes whether anyone wrote a body of their own. */
    private final class TooLargeAsJson extends JsonSendError {
        boolean bodyStarted;

        TooLargeAsJson(HttpServletRequest request, HttpServletResponse response) {
            super(request, response);
        }

        @Override
        boolean takesOver(HttpStatus status) {
            return status == HttpStatus.PAYLOAD_TOO_LARGE;
        }

        @Override
        void writeJson(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
            bodyStarted = true;
            write(request, response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }
    }
}
