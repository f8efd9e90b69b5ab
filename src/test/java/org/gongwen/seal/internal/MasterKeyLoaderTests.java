package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated key lives in its own owner-only directory, in a file no one else could ever read (A35). */
class MasterKeyLoaderTests {

    @TempDir
    Path temp;

    @Test
    void aGeneratedKeyIsOwnerOnlyInItsOwnDirectoryAndReadBackTheSame() throws Exception {
        Path file = temp.resolve("keys/master.key");
        SecretKey generated = MasterKeyLoader.load(null, file, "GONGWEN_SEAL_MASTER_KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(MasterKeyLoader.load(null, file, "GONGWEN_SEAL_MASTER_KEY").getEncoded())
                .isEqualTo(generated.getEncoded());
    }

    @Test
    void aKeyGivenInTheEnvironmentWritesNoFile() throws Exception {
        Path file = temp.resolve("keys/master.key");
        MasterKeyLoader.load("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", file, "GONGWEN_SEAL_MASTER_KEY");
        assertThat(file.getParent()).doesNotExist();
    }
}
