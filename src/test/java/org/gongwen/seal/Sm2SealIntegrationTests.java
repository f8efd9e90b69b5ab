package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.pdf.OfdSigner;
import org.gongwen.pdf.SesSealStructure;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.gongwen.seal.internal.CertificatePaths;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.gongwen.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SM2 side of a seal's life (issue 15): the SM2 county CA published under /pki, each seal's SM2
 * certificate and GB/T 38540 electronic seal, the OFD stamp refused once revoked, the one-time issue
 * for seals made before SM2. Every seal is one of a unit of the test's own ({@link OwnUnits}).
 */
@IntegrationTest
class Sm2SealIntegrationTests {

    private static final byte[] DATA = "关于做好冬季安全生产工作的通知".getBytes(StandardCharsets.UTF_8);

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    SealSigningService signing;

    @Autowired
    SealCertificateCheck check;

    @Autowired
    PkiService pki;

    @Autowired
    CopyCountersigning countersigning;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private long personId(String username) {
        return organization.personByUsername(username).orElseThrow().id();
    }

    /** A new unit of the test's own with clerk, leader, seal custodian and an active seal. */
    private OwnUnits.Issuer ownUnitWithSeal(String prefix) {
        return new OwnUnits(organization, accounts, lifecycle).freshIssuer(prefix, "清河县国密测试局");
    }

    private long custodian(String unitCode) {
        return personId(OwnUnits.login(unitCode, Role.SEAL_CUSTODIAN));
    }

    private static X509CRL crl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509", "BC").generateCRL(new ByteArrayInputStream(der));
    }

    @Test
    void theSm2CaIsServedToAnyoneOverRealHttp() throws Exception {
        HttpResponse<String> pem = RealHttp.anonymous(port).get("/pki/ca-sm2.pem");
        assertThat(pem.statusCode()).isEqualTo(200);
        X509Certificate ca = Certificates.parsePem(pem.body());
        assertThat(ca).isEqualTo(pki.sm2CaCertificate());
        assertThat(ca.getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        ca.verify(ca.getPublicKey());
        assertThat(ca).isNotEqualTo(pki.caCertificate());

        HttpResponse<byte[]> crl = RealHttp.anonymous(port).getBytes("/pki/crl-sm2");
        assertThat(crl.statusCode()).isEqualTo(200);
        crl(crl.body()).verify(ca.getPublicKey(), "BC");
    }

    @Test
    void a23_aSealGetsAnSm2CertificateAndElectronicSealAndItsOfdStampIsRefusedOnceRevoked() throws Exception {
        OwnUnits.Issuer issuer = ownUnitWithSeal("SG");
        String unit = issuer.code();
        SealInfo seal = issuer.seal();
        OfdSealStamp stamp = signing.ofdStampFor(unitId(unit), custodian(unit));
        assertThat(stamp.sealId()).isEqualTo(seal.id());
        assertThat(stamp.diameterMm()).isPositive();

        X509Certificate certificate = stamp.signer().certificate();
        assertThat(certificate.getSigAlgOID()).isEqualTo("1.2.156.10197.1.501");
        assertThat(Certificates.subjectOf(certificate).sealName()).isEqualTo(seal.name());
        assertThat(CertificatePaths.chainsTo(certificate, pki.sm2CaCertificate(), Instant.now()))
                .isTrue();
        assertThat(check.sm2Standing(certificate, Instant.now()).trustedAtSigning())
                .isTrue();
        assertThat(check.sm2Standing(certificate, Instant.now()).sealId()).isEqualTo(seal.id());

        Signature verifier = Signature.getInstance("SM3withSM2", "BC");
        verifier.initVerify(certificate);
        verifier.update(DATA);
        assertThat(verifier.verify(stamp.signer().sign(DATA))).isTrue();

        SesSealStructure ses = SesSealStructure.decode(stamp.signer().sesSeal());
        assertThat(ses.version()).isEqualTo(4);
        assertThat(ses.name()).isEqualTo(seal.name());
        assertThat(ses.certificates()).containsExactly(certificate);
        assertThat(ses.picture()).isEqualTo(stamp.png());
        assertThat(ses.widthMm()).isEqualTo((int) Math.round(stamp.diameterMm()));
        assertThat(ses.validEnd()).isEqualTo(certificate.getNotAfter().toInstant());
        X509Certificate maker = ses.maker();
        assertThat(maker).isEqualTo(pki.sealMakerCertificate());
        assertThat(maker.getSubjectX500Principal().getName()).contains("制章人");
        assertThat(CertificatePaths.chainsTo(maker, pki.sm2CaCertificate(), Instant.now()))
                .isTrue();
        verifier.initVerify(maker);
        verifier.update(ses.signedInfo());
        assertThat(verifier.verify(ses.signature())).isTrue();
        SesSealCheck sesCheck = check.checkSesSeal(stamp.signer().sesSeal());
        assertThat(sesCheck.valid()).as(sesCheck.reason()).isTrue();

        byte[] download = mvc.perform(
                        get("/api/v1/seal-archive/" + seal.id() + "/ses-seal").with(as("xxzx.staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(download).isEqualTo(stamp.signer().sesSeal());
        mvc.perform(get("/api/v1/seal-archive/" + seal.id() + "/ses-seal").with(as(OwnUnits.login(unit, Role.CLERK))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/seal-archive/" + seal.id()).with(as("xxzx.staff")))
                .andExpect(jsonPath("$.sesSeal.verified").value(true))
                .andExpect(jsonPath("$.sesSeal.version").value(4));

        lifecycle.revoke(seal.id(), 1);
        assertThat(Refusals.reason(() -> signing.ofdStampFor(unitId(unit), custodian(unit))))
                .isEqualTo("seal.error.noActiveSeal");
        assertThat(check.sm2Standing(certificate, Instant.now()).trustedAtSigning())
                .isFalse();
        assertThat(check.sm2Standing(certificate, Instant.now()).revokedBeforeSigning())
                .isTrue();
        X509CRL crl = crl(RealHttp.anonymous(port).getBytes("/pki/crl-sm2").body());
        crl.verify(pki.sm2CaCertificate().getPublicKey(), "BC");
        assertThat(crl.getRevokedCertificate(certificate.getSerialNumber())).isNotNull();
        X509Certificate rsa = Certificates.parsePem(
                jdbc.queryForObject("select certificate_pem from seal_seal where id = ?", String.class, seal.id()));
        assertThat(pki.isRevoked(rsa.getSerialNumber())).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from seal_seal where id = ? and keystore is null"
                                + " and sm2_keystore is null",
                        Integer.class,
                        seal.id()))
                .isEqualTo(1);
    }

    @Test
    void aCertificateFromAnotherSm2CaIsNotTrusted() {
        KeyPair caKeys = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        Instant now = Instant.now();
        X509Certificate otherCa = Certificates.selfSignedCa(
                caKeys,
                pki.sm2CaCertificate().getSubjectX500Principal().getName(),
                now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(3650)),
                KeyAlgorithm.SM2);
        X509Certificate foreign = Certificates.sealCertificate(
                otherCa,
                caKeys.getPrivate(),
                KeyAlgorithm.SM2,
                Certificates.generateKeyPair(KeyAlgorithm.SM2, 0).getPublic(),
                new Certificates.SealSubject("清河县城关镇人民政府", "清河县城关镇人民政府", "Z01"),
                now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(365)),
                pki.sm2CrlUrl());
        CertificateStanding standing = check.sm2Standing(foreign, now);
        assertThat(standing.issuedByCountyCa()).isFalse();
        assertThat(standing.trustedAtSigning()).isFalse();
    }

    @Test
    void theOfdCountersignerHoldsAnSm2CertificateOfTheSm2Ca() throws Exception {
        OfdSigner countersigner = countersigning.ofdCountersigner();
        assertThat(check.sm2Standing(countersigner.certificate(), Instant.now()).trustedAtSigning())
                .isTrue();
        Signature verifier = Signature.getInstance("SM3withSM2", "BC");
        verifier.initVerify(countersigner.certificate());
        verifier.update(DATA);
        assertThat(verifier.verify(countersigner.sign(DATA))).isTrue();
    }

    @Test
    void a23_aSealMadeBeforeSm2GetsItsSm2MaterialOnceThroughTheInformationCentre() throws Exception {
        OwnUnits.Issuer issuer = ownUnitWithSeal("SN");
        String unit = issuer.code();
        SealInfo seal = issuer.seal();
        jdbc.update(
                "update seal_seal set sm2_certificate_pem = null, sm2_serial_number = null, sm2_keystore = null,"
                        + " sm2_keystore_password = null, ses_seal = null where id = ?",
                seal.id());
        jdbc.update("update seal_escrow set sm2_data = null where seal_id = ?", seal.id());
        assertThat(Refusals.reason(() -> signing.ofdStampFor(unitId(unit), custodian(unit))))
                .isEqualTo("seal.error.noSm2");

        mvc.perform(post("/api/v1/seal-archive/sm2-migration").with(as("bgs.staff")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seal-archive/sm2-migration").with(as("xxzx.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issued").isNumber());
        OfdSealStamp stamp = signing.ofdStampFor(unitId(unit), custodian(unit));
        assertThat(check.checkSesSeal(stamp.signer().sesSeal()).valid()).isTrue();
        assertThat(lifecycle.history(seal.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(SealAction.SM2_ISSUED);
            assertThat(event.actor()).isEqualTo("xxzx.staff");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where target_id = ? and detail like ?",
                        Integer.class,
                        Long.toString(seal.id()),
                        "SM2_ISSUED%"))
                .isEqualTo(1);

        String certificate =
                jdbc.queryForObject("select sm2_certificate_pem from seal_seal where id = ?", String.class, seal.id());
        mvc.perform(post("/api/v1/seal-archive/sm2-migration").with(as("xxzx.staff")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select sm2_certificate_pem from seal_seal where id = ?", String.class, seal.id()))
                .isEqualTo(certificate);
        assertThat(lifecycle.history(seal.id()).stream().filter(e -> e.action() == SealAction.SM2_ISSUED))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from seal_escrow where seal_id = ? and sm2_data is not null",
                        Integer.class,
                        seal.id()))
                .isEqualTo(1);
    }
}
