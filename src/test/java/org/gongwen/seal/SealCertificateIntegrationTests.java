package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seal certificates chain to the county CA; a revoked one fails path validation (A17, A26). */
@IntegrationTest
class SealCertificateIntegrationTests {

    @Autowired
    PkiService pki;

    private void validate(X509Certificate certificate) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509", "BC");
        CertPath path = factory.generateCertPath(List.of(certificate));
        X509CRL crl = (X509CRL) factory.generateCRL(new ByteArrayInputStream(pki.crl()));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(pki.caCertificate(), null)));
        parameters.setRevocationEnabled(true);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        CertPathValidator.getInstance("PKIX", "BC").validate(path, parameters);
    }

    @Test
    void a17_aSealCertificateChainsToTheCountyCaAndSigns() throws Exception {
        KeyPair keys = Certificates.generateKeyPair(SealProperties.KeyAlgorithm.RSA, 3072);
        X509Certificate seal = pki.issueSealCertificate("清河县发展和改革局", "清河县发展和改革局", "B01", keys.getPublic());

        validate(seal);
        assertThat(seal.getSubjectX500Principal().getName()).contains("B01").contains("清河县发展和改革局");
        assertThat(seal.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(seal.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(seal.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(seal.getBasicConstraints()).isEqualTo(-1);

        byte[] data = "公文正文".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(seal);
        verifier.update(data);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void a26_aRevokedSealCertificateFailsPathValidation() throws Exception {
        KeyPair keys = Certificates.generateKeyPair(SealProperties.KeyAlgorithm.EC, 0);
        X509Certificate seal = pki.issueSealCertificate("清河县教育局", "清河县教育局", "B02", keys.getPublic());
        validate(seal);

        pki.revoke(seal.getSerialNumber(), 1);
        assertThatThrownBy(() -> validate(seal))
                .isInstanceOf(CertPathValidatorException.class)
                .hasMessageContaining("Certificate revocation");
    }
}
