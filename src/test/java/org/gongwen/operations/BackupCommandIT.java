package org.gongwen.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.gongwen.support.ChildProcess;
import org.gongwen.support.Demo;
import org.gongwen.support.ProductionJar;
import org.junit.jupiter.api.Test;

/**
 * The operator's side of docs/operations.md "Backup and restore" on the packaged jar: the online
 * backup over the API, the check, and {@code java -jar gongwen.jar restore}, which refuses while
 * the database is open and restores into another installation's folder.
 */
class BackupCommandIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void backsUpOnlineChecksAndRestoresFromTheCommandLine() throws Exception {
        ProductionJar jar = ProductionJar.shared();

        HttpResponse<String> created =
                jar.send(asAdmin(jar, "/api/v1/admin/backups").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Path archive = jar.folder()
                .resolve("backups")
                .resolve(json.readTree(created.body()).get("file").asText());
        assertThat(archive).isRegularFile();

        HttpResponse<String> checked =
                jar.send(asAdmin(jar, "/api/v1/admin/backups/check").GET());
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode check = json.readTree(checked.body());
        assertThat(check.at("/auditChain/ok").asBoolean()).as(checked.body()).isTrue();
        assertThat(check.get("documentsFailed")).isEmpty();

        ChildProcess.Finished refused = restore(jar, jar.folder(), archive);
        assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("is in use");

        Path elsewhere = ProductionJar.newFolder("gongwen-restored-");
        ChildProcess.Finished restored = restore(jar, elsewhere, archive);
        assertThat(restored.exit()).as(restored.output()).isZero();
        assertThat(elsewhere.resolve("data/gongwen.mv.db")).isRegularFile();
        assertThat(Files.readString(elsewhere.resolve("data/keys/master.key")))
                .isEqualTo(Files.readString(jar.folder().resolve("data/keys/master.key")));
    }

    private static HttpRequest.Builder asAdmin(ProductionJar jar, String path) {
        String credentials =
                Base64.getEncoder().encodeToString(("admin:" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(jar.url(path))).header("Authorization", "Basic " + credentials);
    }

    private static ChildProcess.Finished restore(ProductionJar jar, Path folder, Path archive) throws Exception {
        return ChildProcess.run(
                List.of(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-jar",
                        jar.folder().resolve("gongwen.jar").toString(),
                        "restore",
                        archive.toString()),
                folder.toFile(),
                Duration.ofMinutes(2));
    }
}
