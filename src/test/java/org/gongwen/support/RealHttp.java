package org.gongwen.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Real HTTP calls to the test server, as a demo user by HTTP Basic: what a script or office system sends. */
public final class RealHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public RealHttp(int port) {
        this.port = port;
    }

    public record Response(int status, String contentType, String body) {
    }

    public record Part(String name, String fileName, String contentType, byte[] data) {

        public static Part file(String name, String fileName, String contentType, byte[] data) {
            return new Part(name, fileName, contentType, data);
        }

        public static Part field(String name, String contentType, String value) {
            return new Part(name, null, contentType, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public HttpRequest.Builder request(String user, String method, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder.method(method, HttpRequest.BodyPublishers.noBody());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response call(String user, String method, String path, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder builder = request(user, method, path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        if (body != null) {
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return send(builder.build());
    }

    public Response json(String user, String method, String path, String json) {
        return call(user, method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A body sent in chunks, without Content-Length. */
    public Response chunked(String user, String method, String path, String contentType, InputStream body) {
        return send(request(user, method, path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> body)).build());
    }

    /** multipart/form-data written by hand, so that file names can hold anything. */
    public Response multipart(String user, String path, Part... parts) {
        String boundary = "gongwen-test-boundary";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
                    .append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.data());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return call(user, "POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), Map.of());
    }
}
