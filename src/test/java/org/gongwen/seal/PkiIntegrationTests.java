package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Bytes.indexOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.gongwen.seal.internal.KeyVault;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The county CA created at start-up, served at /pki, its key encrypted at rest. */
@IntegrationTest
class PkiIntegrationTests {

    /** DER of the rsaEncryption OID (1.2.840.113549.1.1.1), present in every PKCS#8 RSA key. */
    private static final byte[] RSA_OID = {
        0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    PkiService pki;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyVault vault;

    private X509Certificate caFromEndpoint() throws Exception {
        byte[] pem = mvc.perform(get("/pki/ca.pem"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-pem-file"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }

    private X509CRL crlFromEndpoint() throws Exception {
        byte[] der = mvc.perform(get("/pki/crl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pkix-crl"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    private static long crlNumber(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets())
                .getValue()
                .longValueExact();
    }

    @Test
    void a17_theCountyRootIsServedToAnyone() throws Exception {
        X509Certificate ca = caFromEndpoint();
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(ca.getSigAlgName()).isEqualToIgnoringCase("SHA256withRSA");
        assertThat(ca).isEqualTo(pki.caCertificate());
    }

    @Test
    void a26_theCrlIsSignedByTheCaAndListsRevokedSerials() throws Exception {
        X509Certificate ca = caFromEndpoint();
        X509CRL before = crlFromEndpoint();
        before.verify(ca.getPublicKey());
        BigInteger serial = new BigInteger("7e57ab1e", 16);
        assertThat(before.getRevokedCertificate(serial)).isNull();

        pki.revoke(serial, 1);
        X509CRL after = crlFromEndpoint();
        after.verify(ca.getPublicKey());
        assertThat(after.getRevokedCertificate(serial)).isNotNull();
        assertThat(crlNumber(after)).isGreaterThan(crlNumber(before));
    }

    @Test
    void a35_theCaKeyIsEncryptedAtRest() {
        byte[] stored = jdbc.queryForObject(
                "select encrypted_key from seal_ca where active = true and key_algorithm <> 'SM2'", byte[].class);
        byte[] clear = vault.decrypt(stored, "county-ca-private-key");
        byte[] sm2 = jdbc.queryForObject(
                "select encrypted_key from seal_ca where active = true and key_algorithm = 'SM2'", byte[].class);
        assertThat(vault.decrypt(sm2, "county-sm2-ca-private-key")).isNotEmpty();
        assertThat(indexOf(clear, RSA_OID)).as("decrypted key is PKCS#8 RSA").isPositive();
        assertThat(indexOf(stored, RSA_OID))
                .as("stored bytes show no key structure")
                .isNegative();
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(clear, clear.length - 64, clear.length)))
                .isNegative();
    }
}
