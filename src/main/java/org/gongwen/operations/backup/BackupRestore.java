package org.gongwen.operations.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongwen.shared.OwnerOnlyFiles;

/**
 * Puts a {@link Backups} archive back while the system is stopped: checks every file against the
 * archive's manifest first, then moves the current database and key files aside
 * ({@code <file>.before-restore-<time>}, nothing is deleted) and puts the archived ones in their place.
 */
public final class BackupRestore {

    private static final DateTimeFormatter ASIDE =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupRestore() {}

    /** Restores {@code archive} to {@code target}; returns the files written. */
    public static List<Path> restore(Path archive, BackupFiles target) throws IOException {
        if (target.database() == null) {
            throw new IllegalStateException("spring.datasource.url names no embedded H2 database file: restore a "
                    + "MySQL dump with the mysql client instead (docs/operations.md)");
        }
        requireStopped(target.database());
        Map<Path, Path> staged = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Map<String, String> manifest = manifest(zip);
            if (manifest.keySet().stream().noneMatch(name -> name.startsWith(BackupFiles.DATABASE_ENTRY))) {
                throw new IllegalStateException(archive + " holds no database");
            }
            try {
                for (Map.Entry<String, String> listed : manifest.entrySet()) {
                    Path destination = destination(listed.getKey(), target);
                    if (destination == null) {
                        continue;
                    }
                    ZipEntry entry = zip.getEntry(listed.getKey());
                    if (entry == null) {
                        throw new IllegalStateException(archive + " lacks " + listed.getKey());
                    }
                    OwnerOnlyFiles.createDirectories(
                            destination.toAbsolutePath().getParent());
                    Path part = destination.resolveSibling(destination.getFileName() + ".restoring");
                    staged.put(destination, part);
                    // keys and the database: owner-only before a byte is written
                    Files.deleteIfExists(part);
                    OwnerOnlyFiles.createFile(part);
                    MessageDigest digest = Backups.sha256();
                    try (InputStream in = zip.getInputStream(entry);
                            OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
                        in.transferTo(out);
                    }
                    if (!HexFormat.of().formatHex(digest.digest()).equals(listed.getValue())) {
                        throw new IllegalStateException(listed.getKey() + " in " + archive
                                + " does not match its SHA-256 in the manifest: the archive is damaged");
                    }
                }
            } catch (IOException | RuntimeException e) {
                for (Path part : staged.values()) {
                    Files.deleteIfExists(part);
                }
                throw e;
            }
        }
        String aside = ".before-restore-" + ASIDE.format(Instant.now());
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> file : staged.entrySet()) {
            if (Files.exists(file.getKey())) {
                Files.move(
                        file.getKey(),
                        file.getKey().resolveSibling(file.getKey().getFileName() + aside));
            }
            Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE);
            written.add(file.getKey());
        }
        return written;
    }

    private static Path destination(String entry, BackupFiles target) {
        if (entry.startsWith(BackupFiles.DATABASE_ENTRY) && entry.endsWith(".mv.db")) {
            return target.database();
        }
        if (entry.equals(BackupFiles.MASTER_KEY_ENTRY)) {
            return target.masterKeyFile();
        }
        if (entry.equals(BackupFiles.BACKUP_KEY_ENTRY)) {
            return target.backupKeyFile();
        }
        return null;
    }

    private static Map<String, String> manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupFiles.MANIFEST_ENTRY);
        if (entry == null) {
            throw new IllegalStateException(
                    zip.getName() + " is no Gongwen backup: it has no " + BackupFiles.MANIFEST_ENTRY);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        try (InputStream in = zip.getInputStream(entry)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int gap = line.indexOf("  ");
                if (gap > 0) {
                    sums.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        }
        return sums;
    }

    /** H2 holds a lock on the database file while a system has it open. */
    private static void requireStopped(Path database) throws IOException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(database);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(database);
        }
    }

    private static IllegalStateException inUse(Path database) {
        return new IllegalStateException(
                database + " is in use: stop Gongwen (systemctl stop gongwen) before restoring");
    }
}
