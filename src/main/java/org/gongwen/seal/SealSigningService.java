package org.gongwen.seal;

import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import org.gongwen.pdf.ExternalSealSigner;
import org.gongwen.pdf.OfdSealSigner;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.KeyVault;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealArtwork;
import org.gongwen.seal.internal.SealArtworks;
import org.gongwen.seal.internal.SealKeystores;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealRepository;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.Sm2SealMaterial;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way any seal key is used. Refuses, with a reason, when the seal is not active, the
 * caller is not its custodian (A25), or the certificate has expired or been revoked.
 */
@Service
public class SealSigningService {

    private final SealRepository seals;
    private final PkiService pki;
    private final KeyVault vault;
    private final Clock clock;

    private final SealArtworks artworks;
    private final Sm2SealMaterial sm2;

    public SealSigningService(
            SealRepository seals,
            PkiService pki,
            KeyVault vault,
            SealArtworks artworks,
            Clock clock,
            Sm2SealMaterial sm2) {
        this.sm2 = sm2;
        this.artworks = artworks;
        this.seals = seals;
        this.pki = pki;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ExternalSealSigner signerFor(long sealId, long custodianPersonId) {
        Seal seal = usableSeal(sealId, custodianPersonId);
        X509Certificate certificate = PkiService.parseCertificate(seal.getCertificatePem());
        checkStanding(seal, certificate, pki.isRevoked(certificate.getSerialNumber()));
        byte[] passwordBytes = vault.decrypt(seal.getKeystorePassword(), SealLifecycleService.passwordPurpose(sealId));
        PrivateKey key = SealKeystores.openKey(seal.getKeystore(), passwordBytes, false);
        return new HeldKeySigner(
                "Signing", key, certificate.getSigAlgName(), new Certificate[] {certificate, pki.caCertificate()});
    }

    /**
     * The stamp a custodian applies for a unit: its active document seal (公文专用章) if it has
     * one, else its official seal; refused with a reason when the unit has no active seal or the
     * person is not its custodian.
     */
    @Transactional(readOnly = true)
    public SealStamp stampFor(long unitId, long custodianPersonId) {
        Seal seal = seals.stampSeal(unitId).orElseThrow(() -> BusinessException.conflict("seal.error.noActiveSeal"));
        ExternalSealSigner signer = signerFor(seal.getId(), custodianPersonId);
        SealArtwork image = artworks.image(seal.getId())
                .orElseThrow(() -> BusinessException.conflict("seal.error.noImage", seal.getId()));
        return new SealStamp(seal.getId(), seal.getName(), image.getPng(), image.getDiameterMm(), signer);
    }

    /**
     * The OFD stamp of a unit (the same seal as {@link #stampFor}): its SM2 key, SM2 certificate and GB/T
     * 38540 electronic seal, with the same refusals, the SM2 certificate's standing judged; refused
     * too when the seal has no SM2 material yet (made before SM2 and not migrated).
     */
    @Transactional(readOnly = true)
    public OfdSealStamp ofdStampFor(long unitId, long custodianPersonId) {
        Seal seal = seals.stampSeal(unitId).orElseThrow(() -> BusinessException.conflict("seal.error.noActiveSeal"));
        usableSeal(seal.getId(), custodianPersonId);
        if (!seal.hasSm2Material() || seal.getSesSeal() == null) {
            throw BusinessException.conflict("seal.error.noSm2", seal.getName());
        }
        X509Certificate certificate = Certificates.parsePem(seal.getSm2CertificatePem());
        checkStanding(seal, certificate, pki.isSm2Revoked(certificate.getSerialNumber()));
        SealArtwork image = artworks.image(seal.getId())
                .orElseThrow(() -> BusinessException.conflict("seal.error.noImage", seal.getId()));
        return new OfdSealStamp(
                seal.getId(),
                seal.getName(),
                image.getPng(),
                image.getDiameterMm(),
                new Sm2KeySigner(sm2.privateKey(seal), certificate, seal.getSesSeal()));
    }

    private Seal usableSeal(long sealId, long custodianPersonId) {
        Seal seal = seals.findById(sealId).orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
        if (seal.getStatus() != SealStatus.ACTIVE) {
            throw BusinessException.conflict("seal.error.notActive", seal.getName());
        }
        if (seal.getCustodianId() == null || seal.getCustodianId() != custodianPersonId) {
            throw BusinessException.forbidden("seal.error.notCustodian");
        }
        return seal;
    }

    private void checkStanding(Seal seal, X509Certificate certificate, boolean revoked) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw BusinessException.conflict("seal.error.expired", seal.getName());
        }
        if (revoked) {
            throw BusinessException.conflict("seal.error.revoked", seal.getName());
        }
    }

    /** Convenience: one signature over {@code data}. */
    public byte[] sign(long sealId, byte[] data, long custodianPersonId) {
        return signerFor(sealId, custodianPersonId).sign(data);
    }

    private record Sm2KeySigner(PrivateKey key, X509Certificate certificate, byte[] sesSealDer)
            implements OfdSealSigner {

        @Override
        public byte[] sign(byte[] data) {
            return KeySignature.sign(key, SealProperties.KeyAlgorithm.SM2.signatureAlgorithm(), data, "SM2 signing");
        }

        @Override
        public byte[] sesSeal() {
            return sesSealDer.clone();
        }

        @Override
        public String toString() {
            return "OfdSealSigner[" + certificate.getSubjectX500Principal() + "]";
        }
    }
}
