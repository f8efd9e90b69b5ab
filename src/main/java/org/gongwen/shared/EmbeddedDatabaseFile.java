package org.gongwen.shared;

import java.nio.file.Path;

/**
 * Where an embedded H2 database lives on disk, read from its JDBC URL:
 * {@code jdbc:h2:file:./data/gongwen;MODE=MySQL} is {@code ./data/gongwen} (H2 adds {@code .mv.db}).
 */
public final class EmbeddedDatabaseFile {

    private EmbeddedDatabaseFile() {}

    /** The database's path without H2's suffix; null for an in-memory, remote or non-H2 database. */
    public static Path of(String url) {
        String rest;
        if (url == null) {
            return null;
        } else if (url.startsWith("jdbc:h2:file:")) {
            rest = url.substring("jdbc:h2:file:".length());
        } else if (url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:")) {
            rest = url.substring("jdbc:h2:".length());
        } else {
            return null;
        }
        int settings = rest.indexOf(';');
        String base = settings < 0 ? rest : rest.substring(0, settings);
        return base.startsWith("~/") ? Path.of(System.getProperty("user.home"), base.substring(2)) : Path.of(base);
    }
}
