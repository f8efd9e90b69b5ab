package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.gongwen.support.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The county root certificate and CRL, with keys generated at test time. */
class CertificatesTests {

    private static final String SUBJECT = "CN=清河县电子公文交换根证书,O=清河县人民政府,C=CN";
    private static final Instant NOW = Instant.now();

    private static X509Certificate ca(KeyPair keys, KeyAlgorithm algorithm) {
        return Certificates.selfSignedCa(
                keys, SUBJECT, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(3650)), algorithm);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void theRootIsASelfSignedCaForRsaAndEcdsa(KeyAlgorithm algorithm) throws Exception {
        KeyPair keys = Certificates.generateKeyPair(algorithm, 3072);
        X509Certificate ca = ca(keys, algorithm);
        ca.verify(keys.getPublic());
        ca.checkValidity();
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(ca.getSubjectX500Principal().getName()).contains("清河县");
        assertThat(ca.getSigAlgName()).isEqualToIgnoringCase(algorithm.signatureAlgorithm());
        if (algorithm == KeyAlgorithm.RSA) {
            assertThat(((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength())
                    .isEqualTo(3072);
        } else {
            assertThat(((ECPublicKey) ca.getPublicKey())
                            .getParams()
                            .getCurve()
                            .getField()
                            .getFieldSize())
                    .isEqualTo(256);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void theCrlListsRevokedSerialsAndIsSignedByTheCa(KeyAlgorithm algorithm) throws Exception {
        KeyPair keys = Certificates.generateKeyPair(algorithm, 3072);
        X509Certificate ca = ca(keys, algorithm);
        BigInteger revoked = BigInteger.valueOf(0x1234_5678L);
        X509CRL crl = Certificates.crl(
                ca,
                keys.getPrivate(),
                algorithm,
                List.of(new Certificates.Revocation(revoked, NOW, 1)),
                7,
                NOW,
                NOW.plus(Duration.ofDays(7)));
        crl.verify(ca.getPublicKey());
        assertThat(crl.getRevokedCertificate(revoked)).isNotNull();
        assertThat(crl.getRevokedCertificate(BigInteger.TEN)).isNull();
        assertThat(crl.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    }

    @Test
    void opensslAcceptsTheRootAndReadsTheCrl(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        KeyPair keys = Certificates.generateKeyPair(KeyAlgorithm.RSA, 3072);
        X509Certificate ca = ca(keys, KeyAlgorithm.RSA);
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, Certificates.pem(ca));
        assertThat(run(dir, "openssl", "verify", "-CAfile", "ca.pem", "ca.pem")).contains("ca.pem: OK");

        X509CRL crl = Certificates.crl(
                ca,
                keys.getPrivate(),
                KeyAlgorithm.RSA,
                List.of(new Certificates.Revocation(BigInteger.valueOf(0xABCDEFL), NOW, 4)),
                1,
                NOW,
                NOW.plus(Duration.ofDays(7)));
        Files.write(dir.resolve("county.crl"), crl.getEncoded());
        KeyPair sealKeys = Certificates.generateKeyPair(KeyAlgorithm.RSA, 3072);
        X509Certificate seal = Certificates.sealCertificate(
                ca,
                keys.getPrivate(),
                KeyAlgorithm.RSA,
                sealKeys.getPublic(),
                new Certificates.SealSubject("清河县审计局", "清河县审计局", "B18"),
                NOW.minusSeconds(60),
                NOW.plus(Duration.ofDays(365)),
                "http://localhost:8080/pki/crl");
        Files.writeString(dir.resolve("seal.pem"), Certificates.pem(seal));
        assertThat(run(dir, "openssl", "verify", "-CAfile", "ca.pem", "seal.pem"))
                .contains("seal.pem: OK");
        assertThat(run(
                        dir,
                        "openssl",
                        "crl",
                        "-inform",
                        "DER",
                        "-in",
                        "county.crl",
                        "-noout",
                        "-text",
                        "-CAfile",
                        "ca.pem"))
                .containsIgnoringCase("ABCDEF")
                .contains("verify OK");
    }

    private static boolean onPath(String command) {
        return Files.isExecutable(Path.of("/usr/bin", command)) || Files.isExecutable(Path.of("/bin", command));
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        return ChildProcess.run(List.of(command), dir.toFile(), Duration.ofSeconds(60))
                .output();
    }
}
