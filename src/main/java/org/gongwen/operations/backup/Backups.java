package org.gongwen.operations.backup;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gongwen.organization.Role;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * One backup archive of everything a restored system needs: the embedded H2 database (people,
 * documents and their stored files, seals, audit log, process engine) taken online with H2's
 * {@code BACKUP TO}, a consistent copy while the system keeps working, and the key files that
 * decrypt the private keys in it. {@link BackupRestore} puts it back. On MySQL the database is
 * dumped with {@code mysqldump} instead (docs/operations.md).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final BackupProperties properties;
    private final Clock clock;

    Backups(JdbcTemplate jdbc, Environment environment, BackupProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    public record Archive(Path file, long bytes, String sha256) {}

    /** Writes {@code gongwen-backup-<UTC time>.zip} into {@code gongwen.backup.directory}. */
    @Secured("ROLE_" + Role.Names.ADMIN)
    public Archive create() {
        BackupFiles files = BackupFiles.of(environment);
        if (files.database() == null) {
            throw BusinessException.conflict("backup.error.notEmbedded");
        }
        try {
            // an archive holds the keys: its directory and files are the running account's alone
            Path directory = Paths.get(properties.directory());
            OwnerOnlyFiles.createDirectories(directory);
            String name = "gongwen-backup-" + NAME.format(clock.instant());
            Path h2Backup = directory.resolve(name + ".h2.zip.part");
            Path part = directory.resolve(name + ".zip.part");
            try {
                jdbc.execute(
                        "BACKUP TO '" + h2Backup.toAbsolutePath().toString().replace("'", "''") + "'");
                Map<String, String> sums = new LinkedHashMap<>();
                OwnerOnlyFiles.createFile(part);
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part));
                        ZipFile database = new ZipFile(h2Backup.toFile())) {
                    for (ZipEntry entry : Collections.list(database.entries())) {
                        try (InputStream in = database.getInputStream(entry)) {
                            sums.put(
                                    BackupFiles.DATABASE_ENTRY + entry.getName(),
                                    add(zip, BackupFiles.DATABASE_ENTRY + entry.getName(), in));
                        }
                    }
                    StringBuilder info = new StringBuilder()
                            .append("created=")
                            .append(clock.instant())
                            .append('\n')
                            .append("database=")
                            .append(files.database().getFileName())
                            .append('\n');
                    for (var key : Map.of(
                                    BackupFiles.MASTER_KEY_ENTRY,
                                    files.masterKeyFile(),
                                    BackupFiles.BACKUP_KEY_ENTRY,
                                    files.backupKeyFile())
                            .entrySet()) {
                        if (Files.isRegularFile(key.getValue())) {
                            try (InputStream in = Files.newInputStream(key.getValue())) {
                                sums.put(key.getKey(), add(zip, key.getKey(), in));
                            }
                        } else {
                            // supplied from the environment (GONGWEN_SEAL_*): kept with the archive by the operator
                            info.append("not-included=").append(key.getKey()).append('\n');
                        }
                    }
                    sums.put(
                            BackupFiles.INFO_ENTRY,
                            add(
                                    zip,
                                    BackupFiles.INFO_ENTRY,
                                    new ByteArrayInputStream(info.toString().getBytes(StandardCharsets.UTF_8))));
                    StringBuilder manifest = new StringBuilder();
                    sums.forEach((entry, sum) ->
                            manifest.append(sum).append("  ").append(entry).append('\n'));
                    add(
                            zip,
                            BackupFiles.MANIFEST_ENTRY,
                            new ByteArrayInputStream(manifest.toString().getBytes(StandardCharsets.UTF_8)));
                }
                Path file = Files.move(part, directory.resolve(name + ".zip"), StandardCopyOption.ATOMIC_MOVE);
                Archive archive = new Archive(file, Files.size(file), sha256(file));
                log.info(
                        "Backup written: {} ({} bytes, SHA-256 {})",
                        file.toAbsolutePath(),
                        archive.bytes(),
                        archive.sha256());
                return archive;
            } finally {
                Files.deleteIfExists(h2Backup);
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String add(ZipOutputStream zip, String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        OutputStream out = new DigestOutputStream(new NonClosing(zip), digest);
        in.transferTo(out);
        zip.closeEntry();
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {}
    }
}
