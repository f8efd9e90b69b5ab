package org.gongwen.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.gongwen.shared.OwnerOnlyFiles;

/**
 * The TSA's key on disk like the other keys: its own owner-only file in the key directory, encrypted
 * under the master key; the certificate beside it ({@code .pem}).
 */
public final class TsaKeyFiles {

    static final String PURPOSE = "county-tsa-private-key";

    private final Path keyFile;
    private final Path certificateFile;
    private final KeyVault vault;

    public TsaKeyFiles(Path keyFile, KeyVault vault) {
        this.keyFile = keyFile;
        this.certificateFile = keyFile.resolveSibling(keyFile.getFileName() + ".pem");
        this.vault = vault;
    }

    /** The key and certificate on file, or empty when there are none or they cannot be read with this master key. */
    public Optional<Stored> read(String keyAlgorithm) {
        if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
            return Optional.empty();
        }
        byte[] pkcs8 = null;
        try {
            pkcs8 = vault.decrypt(
                    Base64.getDecoder().decode(Files.readString(keyFile).trim()), PURPOSE);
            PrivateKey key = KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificateFile)));
            return Optional.of(new Stored(key, certificate));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    public void write(PrivateKey key, X509Certificate certificate) throws IOException {
        OwnerOnlyFiles.createDirectories(keyFile.toAbsolutePath().getParent());
        replace(keyFile, Base64.getEncoder().encodeToString(vault.encrypt(key.getEncoded(), PURPOSE)));
        replace(certificateFile, Certificates.pem(certificate));
    }

    public Path keyFile() {
        return keyFile;
    }

    private static void replace(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        // created owner-only before a byte is written
        OwnerOnlyFiles.createFile(file);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    public record Stored(PrivateKey key, X509Certificate certificate) {}
}
