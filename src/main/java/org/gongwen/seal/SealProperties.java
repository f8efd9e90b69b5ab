package org.gongwen.seal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PKI settings. The master key that encrypts every private key comes from outside the
 * database: {@code masterKey} (base64, e.g. from GONGWEN_SEAL_MASTER_KEY) or, in the embedded
 * default, a generated key file in {@code keyDirectory} (its own directory, owner-only, which
 * production puts on a separate mount; docs/operations.md). The county system's key that
 * countersigns official print copies lives there too ({@code countersignKeyFile}), encrypted under the
 * master key; {@code countersignSubject} names it (by default the CA's subject with the CN
 * "…电子公文交换系统 份号加签"). {@code publicBaseUrl} is written into certificates as the CRL's
 * address; outside the demo, dev and test profiles it must not be a local address unless
 * {@code allowLocalBaseUrl}.
 */
@ConfigurationProperties("gongwen.seal")
public record SealProperties(
        @DefaultValue("RSA") KeyAlgorithm keyAlgorithm,
        @DefaultValue("3072") int rsaKeySize,

        @DefaultValue("CN=清河县电子公文交换根证书,OU=清河县信息中心,O=清河县人民政府,C=CN")
        String caSubject,

        @DefaultValue("20") int caValidityYears,
        @DefaultValue("7") int crlValidityDays,
        @DefaultValue("5") int sealValidityYears,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("P5D") String witnessDeadline,
        String masterKey,
        String masterKeyFile,
        String backupKey,
        String backupKeyFile,
        @DefaultValue("./data/keys") String keyDirectory,
        String countersignSubject,
        String countersignKeyFile,
        @DefaultValue("false") boolean allowLocalBaseUrl,
        String tsaKeyFile,
        @DefaultValue("10") int tsaValidityYears,
        @DefaultValue("730") int tsaRenewBeforeDays) {

    /** The master key's file: as set, or {@code master.key} in the key directory. */
    public Path masterKeyPath() {
        return keyPath(masterKeyFile, "master.key");
    }

    /** The escrow (backup) key's file: as set, or {@code backup.key} in the key directory. */
    public Path backupKeyPath() {
        return keyPath(backupKeyFile, "backup.key");
    }

    /** The county system's countersigning key: as set, or {@code countersign.key} in the key directory. */
    public Path countersignKeyPath() {
        return keyPath(countersignKeyFile, "countersign.key");
    }

    /**
     * The county time-stamping authority's key (encrypted under the master key) and, beside it with
     * {@code .pem}, its certificate: as set, or {@code tsa.key} next to the master key's file.
     */
    public Path tsaKeyPath() {
        return tsaKeyFile == null || tsaKeyFile.isBlank()
                ? masterKeyPath().resolveSibling("tsa.key")
                : Path.of(tsaKeyFile);
    }

    private Path keyPath(String file, String defaultName) {
        return file == null || file.isBlank() ? Path.of(keyDirectory, defaultName) : Path.of(file);
    }

    /**
     * Signature algorithms: RSA and EC, which every PDF reader verifies, for the county CA; SM2 (curve
     * sm2p256v1, SM3withSM2) only for the SM2 county CA beside it, which OFD seals need (GB/T 38540).
     */
    public enum KeyAlgorithm {
        RSA("SHA256withRSA"),
        EC("SHA256withECDSA"),
        SM2("SM3withSM2");

        private final String signatureAlgorithm;

        KeyAlgorithm(String signatureAlgorithm) {
            this.signatureAlgorithm = signatureAlgorithm;
        }

        public String signatureAlgorithm() {
            return signatureAlgorithm;
        }
    }
}
