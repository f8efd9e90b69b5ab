package org.gongwen.seal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.gongwen.shared.OwnerOnlyFiles;

/**
 * The county system's countersigning key and its chain in the key directory: a PKCS#12 keystore
 * encrypted under the master key ({@link KeyVault}), base64 in an owner-only file. The keystore's own
 * password protects nothing beyond the vault's encryption, so it is a constant.
 */
public final class CountersignKeyFile {

    static final String PURPOSE = "county-countersign-keystore";
    private static final char[] PASSWORD = "countersign".toCharArray();

    /** A key and its chain, the key's own certificate first. */
    public record Entry(PrivateKey key, X509Certificate[] chain) {}

    private final Path file;
    private final KeyVault vault;
    private final boolean sm2;

    public CountersignKeyFile(Path file, KeyVault vault) {
        this(file, vault, false);
    }

    /** With {@code sm2}, an SM2 key (its keystore kept by Bouncy Castle). */
    public CountersignKeyFile(Path file, KeyVault vault, boolean sm2) {
        this.file = file;
        this.vault = vault;
        this.sm2 = sm2;
    }

    /** The stored key, or empty when there is none yet or it cannot be read under this master key. */
    public Optional<Entry> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] keystore = vault.decrypt(
                    Base64.getDecoder().decode(Files.readString(file).trim()), PURPOSE);
            return Optional.of(new Entry(
                    SealKeystores.key(keystore, PASSWORD, sm2), SealKeystores.chain(keystore, PASSWORD, sm2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            return Optional.empty(); // another master key, or damaged: a new key replaces it
        }
    }

    /** Replaces the stored key at once: written beside it owner-only, then moved over it. */
    public void write(Entry entry) {
        byte[] keystore = SealKeystores.create(entry.key(), entry.chain(), PASSWORD, sm2);
        String content = Base64.getEncoder().encodeToString(vault.encrypt(keystore, PURPOSE));
        try {
            Path directory = file.toAbsolutePath().getParent();
            OwnerOnlyFiles.createDirectories(directory);
            Path temporary = directory.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            OwnerOnlyFiles.createFile(temporary);
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return file;
    }
}
