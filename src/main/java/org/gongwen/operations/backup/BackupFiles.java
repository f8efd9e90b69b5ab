package org.gongwen.operations.backup;

import java.nio.file.Path;
import org.gongwen.seal.SealProperties;
import org.gongwen.shared.EmbeddedDatabaseFile;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The files one backup archive holds, where this installation keeps them: the embedded H2
 * database file ({@code spring.datasource.url}, which holds the content store too) and the key
 * files ({@code gongwen.seal.master-key-file}, {@code backup-key-file}).
 *
 * @param database the {@code .mv.db} file, or null when the database is not an embedded H2 file
 */
public record BackupFiles(Path database, Path masterKeyFile, Path backupKeyFile) {

    static final String DATABASE_ENTRY = "database/";
    static final String MASTER_KEY_ENTRY = "keys/master.key";
    static final String BACKUP_KEY_ENTRY = "keys/backup.key";
    static final String MANIFEST_ENTRY = "manifest-sha256.txt";
    static final String INFO_ENTRY = "backup.properties";

    public static BackupFiles of(Environment environment) {
        // bound as the application binds it, so the defaults are the application's
        SealProperties seal = Binder.get(environment).bindOrCreate("gongwen.seal", SealProperties.class);
        return new BackupFiles(
                h2File(environment.getProperty("spring.datasource.url", "")),
                seal.masterKeyPath(),
                seal.backupKeyPath());
    }

    /** {@code jdbc:h2:file:./data/gongwen;MODE=MySQL} is {@code ./data/gongwen.mv.db}; null for any other database. */
    static Path h2File(String url) {
        Path database = EmbeddedDatabaseFile.of(url);
        return database == null ? null : database.resolveSibling(database.getFileName() + ".mv.db");
    }
}
