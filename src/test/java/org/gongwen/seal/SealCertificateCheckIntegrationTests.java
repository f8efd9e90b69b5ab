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
import org.gongwen.organization.OrganizationService;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A10.1: how a signer certificate stands with the county PKI; reads the demo seal of 城关镇 (Z01) only. */
@IntegrationTest
class SealCertificateCheckIntegrationTests {

    @Autowired
    SealCertificateCheck check;

    @Autowired
    PkiService pki;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a10_1_theCertificateOfARegisteredSealNamesItsUnitAndSeal() {
        long unitId = organization.unitByCode("Z01").orElseThrow().id();
        record Row(long id, String pem) {}
        Row seal = jdbc.queryForObject(
                "select id, certificate_pem from seal_seal where unit_id = ? and status = 'ACTIVE'"
                        + " order by id limit 1",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2)),
                unitId);
        X509Certificate certificate = PkiService.parseCertificate(seal.pem());

        CertificateStanding standing = check.standing(certificate, Instant.now());

        assertThat(standing.issuedByCountyCa()).isTrue();
        assertThat(standing.validAtSigning()).isTrue();
        assertThat(standing.unitCode()).isEqualTo("Z01");
        assertThat(standing.unitName()).isEqualTo("清河县城关镇人民政府");
        assertThat(standing.sealId()).isEqualTo(seal.id());
        assertThat(standing.sealUnitId()).isEqualTo(unitId);
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
