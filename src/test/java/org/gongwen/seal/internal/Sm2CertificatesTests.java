package org.gongwen.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.gongwen.pdf.SesSealStructure;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.junit.jupiter.api.Test;

/** SM2 certificates of an SM2 county CA and GB/T 38540 electronic seals signed by a seal maker, without Spring. */
class Sm2CertificatesTests {

    private static final Instant NOW = Instant.now();
    private static final Instant START = NOW.minus(Duration.ofMinutes(5));
    private static final Instant END = NOW.plus(Duration.ofDays(365));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    private record Ca(KeyPair keys, X509Certificate certificate) {}

    private static Ca ca(String subject) {
        KeyPair keys = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        return new Ca(
                keys,
                Certificates.selfSignedCa(keys, subject, START, NOW.plus(Duration.ofDays(3650)), KeyAlgorithm.SM2));
    }

    private static X509Certificate seal(Ca ca, KeyPair keys) {
        return Certificates.sealCertificate(
                ca.certificate(),
                ca.keys().getPrivate(),
                KeyAlgorithm.SM2,
                keys.getPublic(),
                new Certificates.SealSubject("清河县城关镇人民政府", "清河县城关镇人民政府", "Z01"),
                START,
                END,
                "http://localhost:8080/pki/crl-sm2");
    }

    private static byte[] sign(PrivateKey key, byte[] data) throws Exception {
        Signature signature = Signature.getInstance("SM3withSM2", "BC");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    @Test
    void theSm2RootFollowsTheGmt0015Profile() {
        Ca ca = ca("CN=清河县电子公文交换SM2根证书,O=清河县人民政府,C=CN");
        X509Certificate root = ca.certificate();
        assertThat(root.getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(root.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(root.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .isNotNull();
        assertThat(root.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                .isNotNull();
        assertThat(CertificatePaths.chainsTo(root, root, NOW)).isTrue();
    }

    @Test
    void aSealCertificateChainsToItsSm2CaAndNotToAnother() {
        Ca county = ca("CN=清河县电子公文交换SM2根证书,C=CN");
        Ca other = ca("CN=清河县电子公文交换SM2根证书,C=CN");
        X509Certificate certificate = seal(county, Certificates.generateKeyPair(KeyAlgorithm.SM2, 0));
        X509Certificate foreign = seal(other, Certificates.generateKeyPair(KeyAlgorithm.SM2, 0));

        assertThat(certificate.getSigAlgName()).containsIgnoringCase("SM2");
        assertThat(CertificatePaths.chainsTo(certificate, county.certificate(), NOW))
                .isTrue();
        assertThat(CertificatePaths.chainsTo(foreign, county.certificate(), NOW))
                .as("same name, another key")
                .isFalse();
        assertThat(CertificatePaths.chainsTo(certificate, county.certificate(), END.plus(Duration.ofDays(1))))
                .as("an accepted pair is remembered, but not beyond the certificate's validity")
                .isFalse();
        assertThat(CertificatePaths.chainsTo(certificate, county.certificate(), START.minus(Duration.ofDays(1))))
                .as("nor before it")
                .isFalse();
        assertThat(CertificatePaths.chainsTo(certificate, county.certificate(), NOW.plus(Duration.ofDays(30))))
                .isTrue();
        assertThat(CertificatePaths.chainsTo(foreign, county.certificate(), NOW))
                .as("still refused after the county's own certificate was accepted")
                .isFalse();
    }

    @Test
    void anElectronicSealDecodesWithTheGbt38540StructureAndItsMakerSignatureVerifies() throws Exception {
        Ca county = ca("CN=清河县电子公文交换SM2根证书,C=CN");
        KeyPair makerKeys = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        X509Certificate maker = Certificates.systemCertificate(
                county.certificate(),
                county.keys().getPrivate(),
                KeyAlgorithm.SM2,
                makerKeys.getPublic(),
                "CN=清河县信息中心制章人,OU=清河县信息中心,C=CN",
                START,
                END,
                "http://localhost:8080/pki/crl-sm2");
        X509Certificate certificate = seal(county, Certificates.generateKeyPair(KeyAlgorithm.SM2, 0));

        byte[] der = SesSealStructure.make(
                new SesSealStructure.Content(
                        "GW-Z01-7", "清河县城关镇人民政府", SesSealStructure.UNIT_SEAL, certificate, NOW, PNG, 42, 42),
                maker,
                data -> {
                    try {
                        return sign(makerKeys.getPrivate(), data);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        SesSealStructure seal = SesSealStructure.decode(der);
        assertThat(seal.version()).isEqualTo(4);
        assertThat(seal.name()).isEqualTo("清河县城关镇人民政府");
        assertThat(seal.type()).isEqualTo(SesSealStructure.UNIT_SEAL);
        assertThat(seal.esId()).isEqualTo("GW-Z01-7");
        assertThat(seal.certificates()).containsExactly(certificate);
        assertThat(seal.picture()).isEqualTo(PNG);
        assertThat(seal.pictureType()).isEqualTo("PNG");
        assertThat(seal.widthMm()).isEqualTo(42);
        assertThat(seal.heightMm()).isEqualTo(42);
        assertThat(seal.validEnd()).isEqualTo(certificate.getNotAfter().toInstant());
        assertThat(seal.maker()).isEqualTo(maker);
        assertThat(seal.makerSignatureHolds()).isTrue();

        // SESeal ::= SEQUENCE { eSealInfo, cert, signAlgID, signedValue }: verified from the raw structure too
        ASN1Sequence asn1 = ASN1Sequence.getInstance(der);
        assertThat(asn1.size()).isEqualTo(4);
        Signature verifier = Signature.getInstance(
                ASN1ObjectIdentifier.getInstance(asn1.getObjectAt(2)).getId(), "BC");
        verifier.initVerify(maker);
        verifier.update(asn1.getObjectAt(0).toASN1Primitive().getEncoded(ASN1Encoding.DER));
        assertThat(verifier.verify(
                        ASN1BitString.getInstance(asn1.getObjectAt(3)).getOctets()))
                .isTrue();

        byte[] changed = der.clone();
        int at = indexOf(changed, "GW-Z01-7".getBytes()) + 7;
        changed[at] = '8';
        assertThat(SesSealStructure.decode(changed).makerSignatureHolds()).isFalse();
        assertThatThrownBy(() -> SesSealStructure.decode(Arrays.copyOf(der, 40)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
