package org.gongwen.seal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.gongwen.seal.SealProperties;
import org.gongwen.shared.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link KeyVault} with the master key from configuration or the key file. */
@Configuration
class MasterKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);

    @Bean
    KeyVault keyVault(SealProperties properties) throws IOException {
        return new KeyVault(load(properties.masterKey(), properties.masterKeyPath(), "GONGWEN_SEAL_MASTER_KEY"));
    }

    /** The escrow copies of seals are encrypted under a second, separately kept key (A28). */
    @Bean
    EscrowVault escrowVault(SealProperties properties) throws IOException {
        return new EscrowVault(
                new KeyVault(load(properties.backupKey(), properties.backupKeyPath(), "GONGWEN_SEAL_BACKUP_KEY")));
    }

    static SecretKey load(String value, Path file, String variable) throws IOException {
        if (value != null && !value.isBlank()) {
            return key(Base64.getDecoder().decode(value.trim()));
        }
        moveFromDataDirectory(file);
        if (Files.exists(file)) {
            return key(Base64.getDecoder().decode(Files.readString(file).trim()));
        }
        byte[] generated = new byte[32];
        new SecureRandom().nextBytes(generated);
        OwnerOnlyFiles.createDirectories(file.toAbsolutePath().getParent());
        // created owner-only before a byte of the key is written
        OwnerOnlyFiles.createFile(file);
        Files.writeString(file, Base64.getEncoder().encodeToString(generated));
        log.warn(
                "Generated a new key in {}. It encrypts private keys: keep it outside the database and back it "
                        + "up; in production supply {} instead.",
                file.toAbsolutePath(),
                variable);
        return key(generated);
    }

    /** Earlier versions kept the keys beside the database in ./data; they now have their own directory. */
    private static void moveFromDataDirectory(Path file) throws IOException {
        Path old = Path.of("./data").resolve(file.getFileName());
        if (!Files.exists(file)
                && Files.exists(old)
                && file.toAbsolutePath().getParent() != null
                && !old.toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize())) {
            OwnerOnlyFiles.createDirectories(file.toAbsolutePath().getParent());
            Files.move(old, file);
            OwnerOnlyFiles.restrict(file);
            log.warn("Moved the key {} to its own directory: {}", old, file.toAbsolutePath());
        }
    }

    private static SecretKey key(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("The seal master key must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
