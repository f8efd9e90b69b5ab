package org.gongwen.seal;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.gongwen.seal.internal.KeyVault;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealArtwork;
import org.gongwen.seal.internal.SealArtworks;
import org.gongwen.seal.internal.SealKeystores;
import org.gongwen.seal.internal.SealRepository;
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

    public SealSigningService(SealRepository seals, PkiService pki, KeyVault vault, SealArtworks artworks,
            Clock clock) {
        this.artworks = artworks;
        this.seals = seals;
        this.pki = pki;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SealSigner signerFor(long sealId, long custodianPersonId) {
        Seal seal = seals.findById(sealId)
                .orElseThrow(() -> BusinessException.notFound("seal.error.notFound", sealId));
        if (seal.getStatus() != SealStatus.ACTIVE) {
            throw BusinessException.conflict("seal.error.notActive", seal.getName());
        }
        if (seal.getCustodianId() == null || seal.getCustodianId() != custodianPersonId) {
            throw BusinessException.forbidden("seal.error.notCustodian");
        }
        X509Certificate certificate = PkiService.parseCertificate(seal.getCertificatePem());
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw BusinessException.conflict("seal.error.expired", seal.getName());
        }
        if (pki.isRevoked(certificate.getSerialNumber())) {
            throw BusinessException.conflict("seal.error.revoked", seal.getName());
        }
        byte[] passwordBytes = vault.decrypt(seal.getKeystorePassword(), SealLifecycleService.passwordPurpose(sealId));
        char[] password = new String(passwordBytes, StandardCharsets.UTF_8).toCharArray();
        try {
            PrivateKey key = SealKeystores.key(seal.getKeystore(), password);
            return new KeySigner(key, certificate.getSigAlgName(), List.of(certificate, pki.caCertificate()));
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /**
     * The stamp a custodian applies for a unit: its active document seal (公文专用章) if it has
     * one, else its official seal; refused with a reason when the unit has no active seal or the
     * person is not its custodian.
     */
    @Transactional(readOnly = true)
    public SealStamp stampFor(long unitId, long custodianPersonId) {
        Seal seal = seals.stampSeal(unitId).orElseThrow(() -> BusinessException.conflict("seal.error.noActiveSeal"));
        SealSigner signer = signerFor(seal.getId(), custodianPersonId);
        SealArtwork image = artworks.image(seal.getId())
                .orElseThrow(() -> BusinessException.conflict("seal.error.noImage", seal.getId()));
        return new SealStamp(seal.getId(), seal.getName(), image.getPng(), image.getDiameterMm(), signer);
    }

    /** Convenience: one signature over {@code data}. */
    public byte[] sign(long sealId, byte[] data, long custodianPersonId) {
        return signerFor(sealId, custodianPersonId).sign(data);
    }

    private record KeySigner(PrivateKey key, String signatureAlgorithm, List<X509Certificate> chain)
            implements SealSigner {

        @Override
        public byte[] sign(byte[] data) {
            return KeySignature.sign(key, signatureAlgorithm, data, "Signing");
        }

        @Override
        public String toString() {
            return "SealSigner[" + chain.get(0).getSubjectX500Principal() + "]";
        }
    }
}
