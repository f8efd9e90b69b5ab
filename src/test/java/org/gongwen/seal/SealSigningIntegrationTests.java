package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Bytes.indexOf;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.ExternalSealSigner;
import org.gongwen.seal.internal.KeyVault;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealKeystores;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.Refusals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing service is the only way a seal key is used, and it refuses with a reason (A25); every
 * seal is one of a unit of the test's own ({@link OwnUnits}).
 */
@IntegrationTest
class SealSigningIntegrationTests {

    private static final byte[] DATA = "关于做好冬季安全生产工作的通知".getBytes(StandardCharsets.UTF_8);

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    SealSigningService signing;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyVault vault;

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private long personId(String username) {
        return organization.personByUsername(username).orElseThrow().id();
    }

    /** A new unit of the test's own with clerk, leader and seal custodian; returns its code. */
    private String ownUnit(String prefix) {
        return new OwnUnits(organization, accounts, lifecycle)
                .freshUnit(prefix, "清河县印章测试局", Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN);
    }

    private SealInfo activeSeal(String unitCode) {
        return new OwnUnits(organization, accounts, lifecycle).activeSeal(unitCode);
    }

    private long custodian(String unitCode) {
        return personId(OwnUnits.login(unitCode, Role.SEAL_CUSTODIAN));
    }

    private long clerk(String unitCode) {
        return personId(OwnUnits.login(unitCode, Role.CLERK));
    }

    @Test
    void a25_theCustodianSignsAndTheSignatureVerifiesAgainstTheChain() throws Exception {
        String unit = ownUnit("SS");
        SealInfo seal = activeSeal(unit);
        assertThat(seal.status()).isEqualTo(SealStatus.ACTIVE);
        ExternalSealSigner signer = signing.signerFor(seal.id(), custodian(unit));
        byte[] signature = signer.sign(DATA);

        X509Certificate certificate = (X509Certificate) signer.chain()[0];
        certificate.verify(signer.chain()[1].getPublicKey());
        Signature verifier = Signature.getInstance(signer.signatureAlgorithm());
        verifier.initVerify(certificate);
        verifier.update(DATA);
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(certificate.getSubjectX500Principal().getName()).contains(unit);
    }

    @Test
    void a25_nobodyButTheCustodianMaySign() {
        String unit = ownUnit("SC");
        String otherUnit = ownUnit("SO");
        SealInfo seal = activeSeal(unit);
        assertThat(Refusals.reason(() -> signing.sign(seal.id(), DATA, clerk(unit))))
                .isEqualTo("seal.error.notCustodian");
        assertThat(Refusals.reason(() -> signing.sign(seal.id(), DATA, custodian(otherUnit))))
                .isEqualTo("seal.error.notCustodian");
        assertThat(Refusals.reason(() -> lifecycle.activate(
                        lifecycle
                                .register(unitId(unit), "公文专用章", SealType.DOCUMENT)
                                .id(),
                        clerk(unit))))
                .isEqualTo("seal.error.notCustodian");
    }

    @Test
    void a26_aSealThatIsNotActiveOrRevokedCannotSign() {
        String madeUnit = ownUnit("SM");
        SealInfo made = lifecycle.register(unitId(madeUnit), "清河县交通运输局", SealType.OFFICIAL);
        lifecycle.approve(made.id());
        lifecycle.make(made.id());
        assertThat(Refusals.reason(() -> signing.sign(made.id(), DATA, custodian(madeUnit))))
                .isEqualTo("seal.error.notActive");

        String revokedUnit = ownUnit("SR");
        SealInfo active = activeSeal(revokedUnit);
        lifecycle.revoke(active.id(), 1);
        assertThat(Refusals.reason(() -> signing.sign(active.id(), DATA, custodian(revokedUnit))))
                .isEqualTo("seal.error.notActive");
        assertThat(jdbc.queryForObject(
                        "select count(*) from seal_seal where id = ? and keystore is null", Integer.class, active.id()))
                .isEqualTo(1);
    }

    @Test
    void anExpiredCertificateCannotSign() {
        String unit = ownUnit("SE");
        SealInfo seal = lifecycle.register(unitId(unit), "清河县水利局", SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        Instant past = Instant.now().minus(Duration.ofDays(400));
        lifecycle.make(seal.id(), past, past.plus(Duration.ofDays(365)));
        lifecycle.activate(seal.id(), custodian(unit));
        assertThat(Refusals.reason(() -> signing.sign(seal.id(), DATA, custodian(unit))))
                .isEqualTo("seal.error.expired");
    }

    @Test
    void invalidTransitionsAndUnitsWithoutAPhysicalSealAreRefused() {
        String unit = OwnUnits.freshCode("ST");
        new OwnUnits(organization, accounts, lifecycle).unit(unit, "清河县农业农村测试局" + unit);
        SealInfo seal = lifecycle.register(unitId(unit), "清河县农业农村局", SealType.OFFICIAL);
        assertThat(Refusals.reason(() -> lifecycle.make(seal.id()))).isEqualTo("seal.error.transition");
        lifecycle.reject(seal.id());
        assertThat(Refusals.reason(() -> lifecycle.approve(seal.id()))).isEqualTo("seal.error.transition");
        String bureau = OwnUnits.freshCode("SB");
        new OwnUnits(organization, accounts, lifecycle).unit(bureau, "清州市保密测试局" + bureau, UnitKind.CITY_SECRECY_BUREAU);
        assertThat(Refusals.reason(() -> lifecycle.register(unitId(bureau), "清州市国家保密局", SealType.OFFICIAL)))
                .isEqualTo("seal.error.noPhysicalSeal");
    }

    @Test
    void a28_keystoresAreEncryptedAtRestAndRestoreFromEscrow() {
        String unit = ownUnit("SK");
        SealInfo seal = activeSeal(unit);
        byte[] keystore = jdbc.queryForObject("select keystore from seal_seal where id = ?", byte[].class, seal.id());
        byte[] password = vault.decrypt(
                jdbc.queryForObject("select keystore_password from seal_seal where id = ?", byte[].class, seal.id()),
                "seal-keystore-password:" + seal.id());
        byte[] privateKey = SealKeystores.key(keystore, new String(password, StandardCharsets.UTF_8).toCharArray())
                .getEncoded();
        assertThat(indexOf(keystore, java.util.Arrays.copyOfRange(privateKey, 0, 48)))
                .isNegative();
        assertThat(indexOf(
                        keystore, java.util.Arrays.copyOfRange(privateKey, privateKey.length - 48, privateKey.length)))
                .isNegative();
        byte[] escrow = jdbc.queryForObject("select data from seal_escrow where seal_id = ?", byte[].class, seal.id());
        assertThat(indexOf(escrow, java.util.Arrays.copyOfRange(keystore, 0, 48)))
                .isNegative();

        // the unit's medium failed: the live key material is gone, the information centre restores it
        jdbc.update("update seal_seal set keystore = null, keystore_password = null where id = ?", seal.id());
        lifecycle.restoreFromEscrow(seal.id());
        byte[] signature = signing.sign(seal.id(), DATA, custodian(unit));
        assertThat(signature).isNotEmpty();
    }
}
