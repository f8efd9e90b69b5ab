package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A10.1: how a signer certificate stands with the county PKI: a seal of a unit of the test's own, and a
 * forged certificate that merely names 城关镇 (Z01).
 */
@IntegrationTest
class SealCertificateCheckIntegrationTests {

    @Autowired
    SealCertificateCheck check;

    @Autowired
    PkiService pki;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a10_1_theCertificateOfARegisteredSealNamesItsUnitAndSeal() {
        OwnUnits.Issuer issuer = OwnUnits.in(context).freshIssuer("SC", "清河县证书核对测试局");
        String code = issuer.code();
        String name = issuer.organ();
        SealInfo seal = issuer.seal();
        X509Certificate certificate = PkiService.parseCertificate(
                jdbc.queryForObject("select certificate_pem from seal_seal where id = ?", String.class, seal.id()));

        CertificateStanding standing = check.standing(certificate, Instant.now());

        assertThat(standing.issuedByCountyCa()).isTrue();
        assertThat(standing.validAtSigning()).isTrue();
        assertThat(standing.unitCode()).isEqualTo(code);
        assertThat(standing.unitName()).isEqualTo(name);
        assertThat(standing.sealId()).isEqualTo(seal.id());
        assertThat(standing.sealUnitId()).isEqualTo(seal.unitId());
        assertThat(standing.revoked()).isFalse();
        assertThat(standing.trustedAtSigning()).isTrue();
        assertThat(check.standing(certificate, null).validAtSigning()).isFalse();
        assertThat(check.standing(
                                certificate,
                                certificate.getNotAfter().toInstant().plusSeconds(1))
                        .validAtSigning())
                .isFalse();
    }

    @Test
    void a10_1_aCertificateThatOnlyClaimsAUnitIsNeitherCountyIssuedNorASeal() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        // same subject as the county CA's, so only the signature tells them apart
        X500Name issuer = X500Name.getInstance(
                pki.caCertificate().getSubjectX500Principal().getEncoded());
        Date now = new Date();
        X509Certificate forged = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                issuer,
                                BigInteger.TEN,
                                new Date(now.getTime() - 60_000),
                                new Date(now.getTime() + 86_400_000L),
                                new X500Name("CN=清河县城关镇人民政府,OU=Z01,O=清河县城关镇人民政府,C=CN"),
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));

        CertificateStanding standing = check.standing(forged, Instant.now());

        assertThat(standing.issuedByCountyCa()).isFalse();
        assertThat(standing.unitCode()).isEqualTo("Z01");
        assertThat(standing.sealId()).isNull();
        assertThat(standing.trustedAtSigning()).isFalse();
    }
}
