package org.gongwen.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.GongwenApplication;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.operations.backup.BackupFiles;
import org.gongwen.operations.backup.BackupRestore;
import org.gongwen.operations.backup.Backups;
import org.gongwen.operations.backup.RestoreCheck;
import org.gongwen.organization.OrganizationService;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.SignIn;
import org.gongwen.support.TestDatabaseProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The restore drill of docs/operations.md on a file database of its own: back up a running system
 * that holds a signed document, change it (another document, more audit entries, a damaged key
 * file), stop it, restore the archive, start again: the restored system is the one backed up, its
 * audit chain verifies and its document's signature too. Its own Spring context, twice, on purpose, so it
 * runs as an IT: beside the shared test context its starts would replace process-wide state
 * (Spring Security's context holder strategy).
 */
class BackupRestoreDrillIT {

    /** 城关镇 of the drill's demo county, which holds the demo seal. */
    private static final String Z01 = "z01";

    private static final String Z01_ORGAN = "清河县城关镇人民政府";

    @TempDir
    Path installation;

    @Test
    void backUpChangeRestoreAndTheRestoredSystemVerifiesItsAuditChainAndSignatures() throws Exception {
        assumeFalse(
                TestDatabaseProfiles.mysql(),
                "the tool backs up the embedded database; MySQL is dumped with mysqldump");
        Path data = installation.resolve("data");
        BackupFiles files =
                new BackupFiles(data.resolve("gongwen.mv.db"), data.resolve("master.key"), data.resolve("backup.key"));
        long kept;
        long later;
        Path archive;
        String masterKey;
        try (ConfigurableApplicationContext system = start()) {
            // the drill's own installation of the demo county: its sender is 城关镇 with the demo seal
            DocumentChain chain = DocumentChain.in(system);
            long recipient = system.getBean(OrganizationService.class)
                    .unitByCode("Z02")
                    .orElseThrow()
                    .id();
            kept = chain.sentTo(Z01, Z01_ORGAN, recipient, 2, "备份演练：备份前签发的通知");
            asAdmin(system);
            archive = system.getBean(Backups.class).create().file();
            later = chain.sentTo(Z01, Z01_ORGAN, recipient, 2, "备份演练：备份后签发的通知");
            masterKey = Files.readString(files.masterKeyFile());
        }
        Files.writeString(files.masterKeyFile(), "damaged");

        List<Path> restored = BackupRestore.restore(archive, files);

        assertThat(restored).containsExactlyInAnyOrder(files.database(), files.masterKeyFile(), files.backupKeyFile());
        assertThat(Files.readString(files.masterKeyFile())).isEqualTo(masterKey);
        try (var aside = Files.list(data)) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("gongwen.mv.db.before-restore-"))
                    .anyMatch(name -> name.startsWith("master.key.before-restore-"));
        }
        try (ConfigurableApplicationContext system = start()) {
            asAdmin(system);
            RestoreCheck.Result check = system.getBean(RestoreCheck.class).run();
            assertThat(check.auditChain().ok())
                    .as("audit chain %s", check.auditChain())
                    .isTrue();
            assertThat(check.auditChain().checked()).isPositive();
            assertThat(check.documentsChecked()).isEqualTo(1);
            assertThat(check.documentsFailed()).isEmpty();
            DocumentIssuing issuing = system.getBean(DocumentIssuing.class);
            IssuedDocuments issued = system.getBean(IssuedDocuments.class);
            assertThat(issued.info(kept).title()).isEqualTo("备份演练：备份前签发的通知");
            assertThat(issued.signedLayout(kept).matchesRecordedHash()).isTrue();
            assertThatThrownBy(() -> issued.info(later)).isInstanceOf(BusinessException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ConfigurableApplicationContext start() {
        Path data = installation.resolve("data");
        // command-line arguments: they override application.yml, default properties would not
        return new SpringApplicationBuilder(GongwenApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("gongwen")
                                + ";MODE=MySQL;NON_KEYWORDS=VALUE",
                        "--gongwen.seal.master-key-file=" + data.resolve("master.key"),
                        "--gongwen.seal.backup-key-file=" + data.resolve("backup.key"),
                        "--gongwen.backup.directory=" + installation.resolve("backups"),
                        "--gongwen.demo.enabled=true",
                        "--gongwen.notification.scheduler-enabled=false",
                        // the jobs run by hand, as in the other tests; an engine name of its own, so the
                        // shared test context's engine stays the default one
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.process-engine-name=drill",
                        "--server.port=0",
                        "--spring.jmx.enabled=false");
    }

    private static void asAdmin(ConfigurableApplicationContext system) {
        SignIn.as(system.getBean(UserDetailsService.class), "admin");
    }
}
