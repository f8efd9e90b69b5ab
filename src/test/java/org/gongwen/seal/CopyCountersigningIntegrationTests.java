package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.cert.X509Certificate;
import org.gongwen.pdf.ExternalSealSigner;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county system's key that countersigns official print copies (A11.2): issued by the county CA
 * at start, kept encrypted in the key directory, made anew once its certificate is revoked.
 */
@IntegrationTest
class CopyCountersigningIntegrationTests {

    @Autowired
    CopyCountersigning countersigning;

    @Autowired
    PkiService pki;

    @Autowired
    SealProperties properties;

    @Test
    void a11_2_theCountersigningCertificateIsTheCountySystemsUnderTheCountyCa() throws Exception {
        ExternalSealSigner signer = countersigning.signer();
        X509Certificate certificate = (X509Certificate) signer.chain()[0];
        assertThat(signer.chain()).hasSize(2);
        assertThat(signer.chain()[1]).isEqualTo(pki.caCertificate());
        certificate.verify(pki.caCertificate().getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName())
                .contains("CN=清河县电子公文交换系统 份号加签")
                .contains("O=清河县人民政府");
        assertThat(countersigning.location()).isEqualTo("清河县人民政府");

        byte[] data = "份号 000007".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature verify = Signature.getInstance(signer.signatureAlgorithm());
        verify.initVerify(certificate);
        verify.update(data);
        assertThat(verify.verify(signer.sign(data))).isTrue();

        var file = properties.countersignKeyPath();
        assertThat(Files.exists(file)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void a11_2_aRevokedCountersigningCertificateIsReplacedBeforeTheNextCopy() {
        X509Certificate revoked = (X509Certificate) countersigning.signer().chain()[0];
        pki.revoke(revoked.getSerialNumber(), 4);
        X509Certificate replacement = (X509Certificate) countersigning.signer().chain()[0];
        assertThat(replacement.getSerialNumber()).isNotEqualTo(revoked.getSerialNumber());
        assertThat(pki.isRevoked(replacement.getSerialNumber())).isFalse();
        assertThat(((X509Certificate) countersigning.signer().chain()[0]).getSerialNumber())
                .as("kept from then on")
                .isEqualTo(replacement.getSerialNumber());
    }
}
