package org.gongwen.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Sha256;

/**
 * Writes and reads archival ZIPs. Entries keep the given order and carry one fixed time, so the same
 * content gives the same bytes on every export.
 */
public final class PackageZip {

    public static final String MANIFEST = "manifest-sha256.txt";
    /** 2000-01-01 00:00 local DOS time: no export date in the bytes. */
    private static final long FIXED_TIME = 946_684_800_000L;

    private PackageZip() {}

    public static byte[] write(LinkedHashMap<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(FIXED_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files with the manifest appended, listing every other file. */
    public static byte[] withManifest(LinkedHashMap<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, content) ->
                manifest.append(Sha256.hex(content)).append("  ").append(name).append('\n'));
        LinkedHashMap<String, byte[]> all = new LinkedHashMap<>(files);
        all.put(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        return write(all);
    }

    /** The entries of a ZIP in their order; refuses what is no ZIP or is larger than {@code maxBytes} unpacked. */
    public static LinkedHashMap<String, byte[]> read(byte[] zip, long maxBytes) {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                long allowed = Math.min(Integer.MAX_VALUE - 9L, maxBytes - total);
                byte[] content = in.readNBytes((int) allowed + 1);
                total += content.length;
                if (total > maxBytes) {
                    throw BusinessException.tooLarge("archive.error.tooLarge", maxBytes / (1024 * 1024));
                }
                entries.put(entry.getName(), content);
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw BusinessException.invalid("archive.error.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw BusinessException.invalid("archive.error.notZip");
        }
        return entries;
    }

    /** {@code name → sha256} from a manifest in sha256sum format; unreadable lines are skipped. */
    public static LinkedHashMap<String, String> parseManifest(byte[] manifest) {
        LinkedHashMap<String, String> sums = new LinkedHashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            int gap = line.indexOf("  ");
            if (gap == 64) {
                sums.put(line.substring(gap + 2).strip(), line.substring(0, gap).toLowerCase());
            }
        }
        return sums;
    }
}
