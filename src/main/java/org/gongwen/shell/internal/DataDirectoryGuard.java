package org.gongwen.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongwen.shared.EmbeddedDatabaseFile;
import org.gongwen.shared.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded database's files to the account running Gongwen: its directory is created
 * owner-only before the database opens (so the files H2 creates in it are out of others' reach
 * from the first byte), and the database files themselves are made owner-only once started.
 * Registered in META-INF/spring.factories, since it must act before any bean exists.
 */
public class DataDirectoryGuard implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryGuard.class);

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        try {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                prepare(prepared.getEnvironment());
            } else if (event instanceof ApplicationReadyEvent ready) {
                restrictFiles(ready.getApplicationContext().getEnvironment());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot protect the data directory", e);
        }
    }

    static void prepare(Environment environment) throws IOException {
        Path database = h2Database(environment);
        if (database == null) {
            return;
        }
        Path directory = database.toAbsolutePath().getParent();
        OwnerOnlyFiles.createDirectories(directory);
        if (OwnerOnlyFiles.openToOthers(directory)) {
            log.warn("The data directory {} is open to other accounts: chmod 700 it", directory);
        }
        restrict(database);
    }

    static void restrictFiles(Environment environment) throws IOException {
        Path database = h2Database(environment);
        if (database != null) {
            restrict(database);
        }
    }

    private static void restrict(Path database) throws IOException {
        for (String suffix : new String[] {".mv.db", ".trace.db"}) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrict(file);
            }
        }
    }

    /** The database file's path without H2's suffix, for an embedded file database; null for others. */
    static Path h2Database(Environment environment) {
        return EmbeddedDatabaseFile.of(environment.getProperty("spring.datasource.url", ""));
    }
}
