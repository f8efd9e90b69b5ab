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

/** Raw HTTP calls to the test server as a demo user by HTTP Basic: any bytes, multipart parts, announced but unsent bodies. */
public final class RawHttp {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public record Response(int status, String contentType, String body) {}

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
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder.method(method, HttpRequest.BodyPublishers.noBody());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response call(
            String user, String method, String path, String contentType, byte[] body, Map<String, String> headers) {
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

    /**
     * Announces a body of {@code contentLength} bytes but sends only the headers, over a plain
     * socket: the answer proves the server decided without reading the body.
     */
    public Response announcing(String user, String method, String path, String contentType, long contentLength) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (user == null
                            ? ""
                            : "Authorization: Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (user + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8))
                                    + "\r\n")
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            while (!received.toString(StandardCharsets.UTF_8).contains("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                received.write(b);
            }
            String headers = received.toString(StandardCharsets.UTF_8);
            String length = headers.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-length:"))
                    .map(l -> l.substring(15).trim())
                    .findFirst()
                    .orElse(null);
            String body;
            if (length != null) {
                body = new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
            } else {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                while (!chunks.toString(StandardCharsets.UTF_8).endsWith("0\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    chunks.write(b);
                }
                body = dechunk(chunks.toString(StandardCharsets.UTF_8));
            }
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = headers.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim())
                    .findFirst()
                    .orElse("");
            return new Response(status, type, body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, i);
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
            i = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    /** A body sent in chunks, without Content-Length. */
    public Response chunked(String user, String method, String path, String contentType, InputStream body) {
        return send(request(user, method, path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build());
    }

    /** multipart/form-data written by hand, so that file names can hold anything. */
    public Response multipart(String user, String path, Part... parts) {
        String boundary = "gongwen-test-boundary";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
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
