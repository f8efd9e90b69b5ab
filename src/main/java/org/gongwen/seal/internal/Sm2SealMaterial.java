package org.gongwen.seal.internal;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.gongwen.pdf.SesSealStructure;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * A seal's SM2 side, beside its RSA/EC key: an SM2 key pair, its SM3withSM2 certificate from the SM2
 * county CA (the same subject as the seal's other certificate), a PKCS#12 keystore whose password is
 * encrypted under the master key, a backup copy under the backup key, and the GB/T 38540 electronic
 * seal (SES_Seal v4) signed by the seal-making key.
 */
@Component
public class Sm2SealMaterial {

    private final Sm2CountyCa ca;
    private final SealMakerKey maker;
    private final KeyVault vault;
    private final EscrowVault escrowVault;
    private final SealEscrowRepository escrows;
    private final SealArtworks artworks;
    private final Clock clock;

    Sm2SealMaterial(
            Sm2CountyCa ca,
            SealMakerKey maker,
            KeyVault vault,
            EscrowVault escrowVault,
            SealEscrowRepository escrows,
            SealArtworks artworks,
            Clock clock) {
        this.ca = ca;
        this.maker = maker;
        this.vault = vault;
        this.escrowVault = escrowVault;
        this.escrows = escrows;
        this.artworks = artworks;
        this.clock = clock;
    }

    static String passwordPurpose(long sealId) {
        return "seal-sm2-keystore-password:" + sealId;
    }

    private static String escrowPurpose(long sealId) {
        return "seal-sm2-escrow:" + sealId;
    }

    /** Makes the SM2 material of a seal whose image exists; its escrow row, if any, gets the backup. */
    public void make(Seal seal, String unitFullName, String unitCode, Instant notBefore, Instant notAfter) {
        SealArtwork image = artworks.image(seal.getId())
                .orElseThrow(() -> BusinessException.conflict("seal.error.noImage", seal.getId()));
        KeyPair keys = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        X509Certificate certificate = ca.issueSealCertificate(
                new Certificates.SealSubject(seal.getName(), unitFullName, unitCode),
                keys.getPublic(),
                notBefore,
                notAfter);
        int sizeMm = (int) Math.round(image.getDiameterMm());
        byte[] sesSeal = SesSealStructure.make(
                new SesSealStructure.Content(
                        esId(seal, unitCode),
                        seal.getName(),
                        SesSealStructure.UNIT_SEAL,
                        certificate,
                        clock.instant(),
                        image.getPng(),
                        sizeMm,
                        sizeMm),
                maker.certificate(),
                maker::sign);
        char[] password = SealKeystores.newPassword();
        byte[] passwordBytes = new String(password).getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] keystore = SealKeystores.create(
                    keys.getPrivate(), new X509Certificate[] {certificate, ca.certificate()}, password, true);
            seal.storeSm2Material(
                    Certificates.pem(certificate),
                    certificate.getSerialNumber().toString(16),
                    keystore,
                    vault.encrypt(passwordBytes, passwordPurpose(seal.getId())),
                    sesSeal);
            byte[] backup = new EscrowedKeystore(passwordBytes, keystore).toBytes();
            escrows.findById(seal.getId())
                    .ifPresent(escrow ->
                            escrow.storeSm2(escrowVault.vault().encrypt(backup, escrowPurpose(seal.getId()))));
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /** Puts the SM2 keystore back from escrow, when the escrow holds one. */
    public void restore(Seal seal, SealEscrow escrow) {
        byte[] data = escrow.getSm2Data();
        if (data == null || !seal.hasSm2Material()) {
            return;
        }
        EscrowedKeystore escrowed =
                EscrowedKeystore.fromBytes(escrowVault.vault().decrypt(data, escrowPurpose(seal.getId())));
        byte[] passwordBytes = escrowed.password();
        seal.restoreSm2Keystore(escrowed.keystore(), vault.encrypt(passwordBytes, passwordPurpose(seal.getId())));
        Arrays.fill(passwordBytes, (byte) 0);
    }

    /** The seal's SM2 private key, for the signer that keeps it; refused when the seal has none. */
    public PrivateKey privateKey(Seal seal) {
        if (seal.getSm2Keystore() == null) {
            throw BusinessException.conflict("seal.error.noSm2", seal.getName());
        }
        byte[] passwordBytes = vault.decrypt(seal.getSm2KeystorePassword(), passwordPurpose(seal.getId()));
        return SealKeystores.openKey(seal.getSm2Keystore(), passwordBytes, true);
    }

    /** The electronic seal's id (esID, IA5String): the unit code and the seal's number. */
    static String esId(Seal seal, String unitCode) {
        String code = unitCode == null ? "" : unitCode.replaceAll("[^A-Za-z0-9]", "");
        return "GW-" + code + "-" + seal.getId();
    }
}
