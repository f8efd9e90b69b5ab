package org.gongwen.shared;

import java.util.Locale;

/**
 * The name an uploaded file is shown and stored under, whatever the client sent: the base name
 * only (no folders), no control or bidirectional characters, characters that are reserved in
 * file names replaced by "_", no leading dots, at most {@value #MAX_LENGTH} characters with the
 * extension kept, never empty.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 120;
    private static final String RESERVED = "<>:\"/\\|?*";

    private FileNames() {}

    public static String displayName(String raw, String fallback) {
        String name = raw == null
                ? ""
                : SafeText.strip(raw).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> out.appendCodePoint(RESERVED.indexOf(cp) >= 0 ? '_' : cp));
        name = out.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
            return fallback;
        }
        return shorten(name);
    }

    /** The lower-case extension without the dot, or "". */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext.isEmpty() || ext.length() > 10 ? "" : "." + ext;
        String stem = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + suffix;
    }
}
