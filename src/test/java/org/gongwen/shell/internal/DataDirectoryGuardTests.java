package org.gongwen.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database's directory and files are the running account's alone (A35). */
class DataDirectoryGuardTests {

    @TempDir
    Path temp;

    @Test
    void theDataDirectoryIsOwnerOnlyBeforeTheDatabaseOpensAndItsFilesAfter() throws Exception {
        Path database = temp.resolve("fresh/data/gongwen");
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:" + database + ";MODE=MySQL");
        DataDirectoryGuard.prepare(environment);
        assertThat(mode(database.getParent())).isEqualTo("rwx------");
        assertThat(mode(temp.resolve("fresh"))).isEqualTo("rwx------");

        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
            connection.createStatement().execute("create table t (id int)");
        }
        DataDirectoryGuard.restrictFiles(environment);
        assertThat(mode(database.resolveSibling("gongwen.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void anotherDatabaseIsLeftAlone() throws Exception {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:3306/gongwen");
        DataDirectoryGuard.prepare(environment);
        assertThat(DataDirectoryGuard.h2Database(environment)).isNull();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
