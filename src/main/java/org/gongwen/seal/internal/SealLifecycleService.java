package org.gongwen.seal.internal;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.SealProperties;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a seal's life that the seal processes call: register the application, approve
 * or reject, make (key pair, certificate, encrypted PKCS#12, escrow copy; and the same in SM2 with
 * the GB/T 38540 electronic seal), activate for the custodian, revoke, restore from escrow. Each
 * step refuses an invalid transition.
 */
@Service
public class SealLifecycleService {

    private final SealRepository seals;
    private final SealEscrowRepository escrows;
    private final PkiService pki;
    private final KeyVault vault;
    private final EscrowVault escrowVault;
    private final OrganizationService organization;
    private final SealProperties properties;
    private final SealHistory history;
    private final SealArtworks artworks;
    private final Clock clock;
    private final Sm2SealMaterial sm2;

    public SealLifecycleService(
            SealRepository seals,
            SealEscrowRepository escrows,
            PkiService pki,
            KeyVault vault,
            EscrowVault escrowVault,
            OrganizationService organization,
            SealProperties properties,
            SealHistory history,
            SealArtworks artworks,
            Clock clock,
            Sm2SealMaterial sm2) {
        this.sm2 = sm2;
        this.history = history;
        this.artworks = artworks;
        this.seals = seals;
        this.escrows = escrows;
        this.pki = pki;
        this.vault = vault;
        this.escrowVault = escrowVault;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public static String passwordPurpose(long sealId) {
        return "seal-keystore-password:" + sealId;
    }

    private static String escrowPurpose(long sealId) {
        return "seal-escrow:" + sealId;
    }

    @Transactional
    public SealInfo register(long unitId, String name, SealType type) {
        return register(unitId, name, type, null);
    }

    @Transactional
    public SealInfo register(long unitId, String name, SealType type, String reason) {
        UnitInfo unit = unit(unitId);
        if (!unit.holdsPhysicalSeal()) {
            throw BusinessException.invalid("seal.error.noPhysicalSeal", unit.fullName());
        }
        Seal seal = seals.save(new Seal(unitId, name, type, clock.instant()));
        history.record(seal.getId(), SealAction.APPLIED, SealStatus.APPLIED, reason);
        return seal.toInfo();
    }

    @Transactional
    public SealInfo approve(long sealId) {
        return approve(sealId, null, null);
    }

    /** The county office's approval (A20), recorded as {@code approvedBy}'s, or as the current actor's without one. */
    @Transactional
    public SealInfo approve(long sealId, String opinion, String approvedBy) {
        return move(sealId, SealStatus.APPROVED, SealAction.APPROVED, approvedBy, opinion);
    }

    @Transactional
    public SealInfo reject(long sealId) {
        return reject(sealId, null, null);
    }

    /** The county office's refusal (A20), recorded as {@code rejectedBy}'s, or as the current actor's without one. */
    @Transactional
    public SealInfo reject(long sealId, String opinion, String rejectedBy) {
        return move(sealId, SealStatus.REJECTED, SealAction.REJECTED, rejectedBy, opinion);
    }

    private SealInfo move(long sealId, SealStatus next, SealAction action, String actor, String note) {
        Seal seal = seal(sealId);
        seal.moveTo(next, clock.instant());
        record(sealId, action, next, actor, note);
        return seal.toInfo();
    }

    /** A named actor's step; without one, whoever is acting now. */
    private void record(long sealId, SealAction action, SealStatus status, String actor, String note) {
        if (actor == null) {
            history.record(sealId, action, status, note);
        } else {
            history.record(sealId, action, status, actor, note);
        }
    }

    /** Makes the seal with the configured certificate validity. */
    @Transactional
    public SealInfo make(long sealId) {
        return make(sealId, (String) null);
    }

    /**
     * Makes the seal for the information centre's {@code madeBy}, who confirmed the making: the
     * key generation runs later as a job, and the history names them, not the system (A21).
     */
    @Transactional
    public SealInfo make(long sealId, String madeBy) {
        SealValidity validity = SealValidity.from(clock.instant(), properties);
        return make(sealId, validity.notBefore(), validity.notAfter(), madeBy);
    }

    @Transactional
    public SealInfo make(long sealId, Instant notBefore, Instant notAfter) {
        return make(sealId, notBefore, notAfter, null);
    }

    private SealInfo make(long sealId, Instant notBefore, Instant notAfter, String madeBy) {
        Seal seal = seal(sealId);
        seal.moveTo(SealStatus.MADE, clock.instant());
        UnitInfo unit = unit(seal.getUnitId());
        artworks.ensureImage(sealId, unit.fullName(), seal.getType(), unit.kind());
        KeyPair keys = Certificates.generateKeyPair(pki.keyAlgorithm(), properties.rsaKeySize());
        X509Certificate certificate = pki.issueSealCertificate(
                seal.getName(), unit.fullName(), unit.code(), keys.getPublic(), notBefore, notAfter);
        char[] password = SealKeystores.newPassword();
        byte[] passwordBytes = new String(password).getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] keystore = SealKeystores.create(
                    keys.getPrivate(), new X509Certificate[] {certificate, pki.caCertificate()}, password);
            seal.storeKeyMaterial(
                    Certificates.pem(certificate),
                    certificate.getSerialNumber().toString(16),
                    certificate.getNotAfter().toInstant(),
                    keystore,
                    vault.encrypt(passwordBytes, passwordPurpose(sealId)));
            byte[] escrow = new EscrowedKeystore(passwordBytes, keystore).toBytes();
            escrows.save(new SealEscrow(
                    sealId, escrowVault.vault().encrypt(escrow, escrowPurpose(sealId)), clock.instant()));
            sm2.make(seal, unit.fullName(), unit.code(), notBefore, notAfter);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(passwordBytes, (byte) 0);
        }
        record(sealId, SealAction.MADE, SealStatus.MADE, madeBy, seal.toInfo().serialNumber());
        return seal.toInfo();
    }

    /** The unit's registered seal custodian takes the seal into use (A25). */
    @Transactional
    public SealInfo activate(long sealId, long custodianPersonId) {
        Seal seal = seal(sealId);
        PersonInfo custodian = organization
                .person(custodianPersonId)
                .filter(p -> p.unitId() == seal.getUnitId())
                .filter(p -> p.roles().contains(org.gongwen.organization.Role.SEAL_CUSTODIAN))
                .orElseThrow(() -> BusinessException.forbidden("seal.error.notCustodian"));
        seal.moveTo(SealStatus.ACTIVE, clock.instant());
        seal.assignCustodian(custodianPersonId);
        history.record(sealId, SealAction.ACTIVATED, SealStatus.ACTIVE, custodian.username(), null);
        return seal.toInfo();
    }

    /** Records that revocation was asked for; the seal stays usable until all parties confirm. */
    @Transactional
    public void noteRevocationRequested(long sealId, String note) {
        history.record(sealId, SealAction.REVOCATION_REQUESTED, seal(sealId).getStatus(), note);
    }

    /**
     * A step of the revocation process that leaves the seal as it is: the county office's decision,
     * a witness's confirmation or refusal, the deadline passing (A22, A26).
     */
    @Transactional
    public void noteRevocationStep(long sealId, SealAction action, String actor, String note) {
        history.record(sealId, action, seal(sealId).getStatus(), actor, note);
    }

    /** Revokes: status, CRL, and the live key material destroyed (A26, A27). */
    @Transactional
    public SealInfo revoke(long sealId, int crlReason) {
        return revoke(sealId, crlReason, null);
    }

    @Transactional
    public SealInfo revoke(long sealId, int crlReason, String note) {
        return revoke(sealId, crlReason, note, null);
    }

    /** As {@link #revoke(long, int, String)}, recorded as the step of {@code revokedBy} (who decided it). */
    @Transactional
    public SealInfo revoke(long sealId, int crlReason, String note, String revokedBy) {
        Seal seal = seal(sealId);
        seal.moveTo(SealStatus.REVOKED, clock.instant());
        X509Certificate certificate = PkiService.parseCertificate(seal.getCertificatePem());
        pki.revoke(certificate.getSerialNumber(), crlReason);
        if (seal.hasSm2Material()) {
            pki.revokeSm2(Certificates.parsePem(seal.getSm2CertificatePem()).getSerialNumber(), crlReason);
        }
        seal.destroyKeyMaterial();
        record(sealId, SealAction.REVOKED, SealStatus.REVOKED, revokedBy, note);
        return seal.toInfo();
    }

    /** Puts the escrowed key material back after a reported medium failure (A28). */
    @Transactional
    public SealInfo restoreFromEscrow(long sealId) {
        return restoreFromEscrow(sealId, null);
    }

    /** As {@link #restoreFromEscrow(long)}, recording the reported failure in the seal's history. */
    @Transactional
    public SealInfo restoreFromEscrow(long sealId, String report) {
        return restoreFromEscrow(sealId, report, null);
    }

    /** As {@link #restoreFromEscrow(long, String)}, recorded as the step of {@code restoredBy}. */
    @Transactional
    public SealInfo restoreFromEscrow(long sealId, String report, String restoredBy) {
        Seal seal = seal(sealId);
        if (seal.getStatus() != SealStatus.ACTIVE && seal.getStatus() != SealStatus.MADE) {
            throw BusinessException.conflict("seal.error.notRestorable", seal.getStatus());
        }
        SealEscrow escrow =
                escrows.findById(sealId).orElseThrow(() -> BusinessException.notFound("seal.error.noEscrow", sealId));
        EscrowedKeystore escrowed =
                EscrowedKeystore.fromBytes(escrowVault.vault().decrypt(escrow.getData(), escrowPurpose(sealId)));
        byte[] passwordBytes = escrowed.password();
        byte[] keystore = escrowed.keystore();
        X509Certificate certificate = PkiService.parseCertificate(seal.getCertificatePem());
        seal.storeKeyMaterial(
                seal.getCertificatePem(),
                certificate.getSerialNumber().toString(16),
                certificate.getNotAfter().toInstant(),
                keystore,
                vault.encrypt(passwordBytes, passwordPurpose(sealId)));
        Arrays.fill(passwordBytes, (byte) 0);
        sm2.restore(seal, escrow);
        record(sealId, SealAction.RESTORED, seal.getStatus(), restoredBy, report);
        return seal.toInfo();
    }

    /**
     * Gives a seal made before SM2 its SM2 key, certificate (valid until its other certificate ends)
     * and electronic seal, once: false when it has them already or is not made and unrevoked.
     */
    @Transactional
    public boolean issueSm2(long sealId, String issuedBy) {
        Seal seal = seal(sealId);
        if (seal.hasSm2Material()
                || seal.getCertificatePem() == null
                || (seal.getStatus() != SealStatus.MADE && seal.getStatus() != SealStatus.ACTIVE)) {
            return false;
        }
        UnitInfo unit = unit(seal.getUnitId());
        artworks.ensureImage(sealId, unit.fullName(), seal.getType(), unit.kind());
        Instant notAfter = seal.getNotAfter();
        if (!notAfter.isAfter(clock.instant())) {
            return false;
        }
        sm2.make(seal, unit.fullName(), unit.code(), clock.instant().minusSeconds(300), notAfter);
        record(sealId, SealAction.SM2_ISSUED, seal.getStatus(), issuedBy, seal.getSm2SerialNumber());
        return true;
    }

    @Transactional(readOnly = true)
    public SealInfo info(long sealId) {
        return seal(sealId).toInfo();
    }

    @Transactional(readOnly = true)
    public List<SealEventInfo> history(long sealId) {
        seal(sealId);
        return history.of(sealId);
    }

    @Transactional(readOnly = true)
    public List<SealInfo> sealsOfUnit(long unitId) {
        return seals.findByUnitIdOrderByIdAsc(unitId).stream().map(Seal::toInfo).toList();
    }

    private Seal seal(long sealId) {
        return seals.findById(sealId).orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
    }

    private UnitInfo unit(long unitId) {
        return organization.unit(unitId).orElseThrow(() -> BusinessException.notFound("error.unitNotFound", unitId));
    }
}
