package org.gongwen.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller of the real test server over HTTP (not MockMvc), the way an attacker or a script
 * would: anonymous, with HTTP Basic, with a bearer token, or with a browser session signed in
 * through the login form (cookies and the form's CSRF token, redirects not followed).
 */
public final class RealHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private final String authorization;

    private RealHttp(int port, HttpClient client, String authorization) {
        this.port = port;
        this.client = client;
        this.authorization = authorization;
    }

    public static RealHttp anonymous(int port) {
        return new RealHttp(port, client(null), null);
    }

    public static RealHttp basic(int port, String username) {
        return basic(port, username, Demo.PASSWORD);
    }

    public static RealHttp basic(int port, String username, String password) {
        String credentials = username + ":" + password;
        return new RealHttp(
                port,
                client(null),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public static RealHttp bearer(int port, String token) {
        return new RealHttp(port, client(null), "Bearer " + token);
    }

    /** A browser that keeps its cookies, not signed in. */
    public static RealHttp browser(int port) {
        return new RealHttp(port, client(new CookieManager()), null);
    }

    /** A browser session: the login page, then its form posted with the page's CSRF token. */
    public static RealHttp session(int port, String username) {
        RealHttp session = new RealHttp(port, client(new CookieManager()), null);
        HttpResponse<String> login = session.signIn(username);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login as " + username + " failed: " + login.statusCode() + " " + location);
        }
        return session;
    }

    /**
     * A browser that still holds a session cookie this server never made or has forgotten: another
     * node's, or an expired one. It keeps the cookies the server sets from then on.
     */
    public static RealHttp withSessionCookie(int port, String name, String value) {
        CookieManager cookies = new CookieManager();
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        return new RealHttp(port, client(cookies), null);
    }

    /** This browser's login form posted with the login page's CSRF token; the answer, redirects not followed. */
    public HttpResponse<String> signIn(String username) {
        HttpResponse<String> page = send("GET", "/login", null, null);
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        return form(
                "/login",
                "username=" + encode(username) + "&password=" + encode(Demo.PASSWORD) + "&_csrf="
                        + encode(token.group(1)));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET whose body is binary (a CRL, a DER file). */
    public HttpResponse<byte[]> getBytes(String path) {
        return bytes("GET", path);
    }

    /** A POST without a body whose answer is binary (a print copy). */
    public HttpResponse<byte[]> postBytes(String path) {
        return bytes("POST", path);
    }

    private HttpResponse<byte[]> bytes(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, body, "application/json");
    }

    public HttpResponse<String> form(String path, String body) {
        return send("POST", path, body, "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A POST of one file as multipart/form-data part {@code part}; the answer as text. */
    public HttpResponse<String> multipart(String path, String part, String fileName, String contentType, byte[] file) {
        String boundary = "----gongwen" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
