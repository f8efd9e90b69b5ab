package org.gongwen.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * A response on which {@code sendError} (Spring's default resolver, the container) is answered
 * with the application's JSON error for the statuses a filter takes over; any other status, or a
 * response already committed, goes on to the container as it was.
 */
abstract class JsonSendError extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    JsonSendError(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    abstract boolean takesOver(HttpStatus status);

    /** Writes the JSON error for the status to the wrapped response. */
    abstract void writeJson(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException;

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        HttpStatus status = HttpStatus.resolve(sc);
        if (status == null || isCommitted() || !takesOver(status)) {
            super.sendError(sc, msg);
            return;
        }
        writeJson(request, (HttpServletResponse) getResponse(), status);
    }
}
