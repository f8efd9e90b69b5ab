package org.gongwen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged jar ({@code target/gongwen-*.jar}, built by {@code package}) started as its own
 * process from an empty folder, as an operator starts it: {@code java -jar gongwen.jar} on a free
 * port, its data under that folder, its log in {@code gongwen.log} there. For integration tests
 * ({@code *IT}, run by failsafe after {@code package}); {@link #shared()} is the one demo system
 * the browser journeys share.
 */
public final class ProductionJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static ProductionJar shared;

    private final Path folder;
    private final int port;
    private final Process process;

    private ProductionJar(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** The demo county in a fresh folder, started once per test JVM and stopped when it ends. */
    public static synchronized ProductionJar shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = startDemo(newFolder("gongwen-demo-"));
            ProductionJar started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    /** A new system with the demo county seeded, in {@code folder} (empty, or holding restored data). */
    public static ProductionJar startDemo(Path folder) {
        return start(folder, "--spring.profiles.active=demo", "--gongwen.demo.enabled=true");
    }

    /**
     * Copies the jar into {@code folder} and starts it there with {@code arguments} added to the
     * command line, and waits until the login page is served (not the "starting" page).
     */
    public static ProductionJar start(Path folder, String... arguments) {
        try {
            Files.createDirectories(folder);
            Path jar = folder.resolve("gongwen.jar");
            if (!Files.exists(jar)) {
                try {
                    Files.createLink(jar, packagedJar());
                } catch (IOException | UnsupportedOperationException noHardLink) {
                    Files.copy(packagedJar(), jar);
                }
            }
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.getFileName().toString(),
                    "--server.port=" + port));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            folder.resolve("gongwen.log").toFile()))
                    .start();
            ProductionJar started = new ProductionJar(folder, port, process);
            started.awaitLoginPage();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder under {@code target/} (kept after the run, so the log can be read). */
    public static Path newFolder(String prefix) {
        try {
            Path target = Paths.get("target", "production-jar").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar {@code package} built: {@code -Dgongwen.jar}, else the one in {@code target/}. */
    public static Path packagedJar() throws IOException {
        String configured = System.getProperty("gongwen.jar");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("gongwen-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/gongwen-*.jar: run ./mvnw package first"));
        }
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public String log() {
        try {
            return Files.readString(folder.resolve("gongwen.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET {@code path} without credentials. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** Sends a request to this system with a short timeout and reads the answer as text. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()
                    .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitLoginPage() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the jar stopped with exit code " + process.exitValue() + "; log tail:\n" + tail());
            }
            try {
                if (get("/login").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // the server is not listening yet
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("no login page within " + START_TIMEOUT + "; log tail:\n" + tail());
    }

    private String tail() {
        String log = log();
        return log.substring(Math.max(0, log.length() - 6_000));
    }

    /** Stops the system as systemd would (SIGTERM, graceful shutdown) and waits for it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
