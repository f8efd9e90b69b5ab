package org.gongwen.seal.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The information centre's seal-making key (制章人, GB/T 38540): an SM2 key under a certificate of
 * the SM2 county CA, made on first start and kept encrypted under the master key like the CAs' keys.
 * It signs every electronic seal (SES_Seal) the county makes.
 */
@Component
public class SealMakerKey {

    static final String NAME = "seal-maker";
    private static final String PURPOSE = "seal-maker-private-key";
    private static final Logger log = LoggerFactory.getLogger(SealMakerKey.class);

    private final SystemKeyRepository keys;
    private final Sm2CountyCa ca;
    private final KeyVault vault;
    private final Clock clock;

    SealMakerKey(SystemKeyRepository keys, Sm2CountyCa ca, KeyVault vault, Clock clock) {
        this.keys = keys;
        this.ca = ca;
        this.vault = vault;
        this.clock = clock;
    }

    /** Makes the key unless it exists; the caller holds a transaction. */
    public void ensure() {
        if (keys.existsById(NAME)) {
            return;
        }
        KeyPair pair = Certificates.generateKeyPair(KeyAlgorithm.SM2, 0);
        X509Certificate certificate = ca.issueSystemCertificate(ca.countySubject("制章人"), pair.getPublic());
        keys.save(new SystemKey(
                NAME,
                Certificates.pem(certificate),
                vault.encrypt(pair.getPrivate().getEncoded(), PURPOSE),
                clock.instant()));
        log.info(
                "Seal-making key created: {}",
                certificate.getSubjectX500Principal().getName());
    }

    public X509Certificate certificate() {
        return Certificates.parsePem(stored().getCertificatePem());
    }

    /** An SM3withSM2 signature (DER) of {@code data} with the seal-making key. */
    public byte[] sign(byte[] data) {
        PrivateKey key = vault.decryptPrivateKey(stored().getEncryptedKey(), PURPOSE, KeyAlgorithm.SM2);
        try {
            Signature signature = Signature.getInstance(
                    KeyAlgorithm.SM2.signatureAlgorithm(),
                    org.bouncycastle.jce.provider.BouncyCastleProvider.PROVIDER_NAME);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with the seal-making key failed", e);
        }
    }

    private SystemKey stored() {
        return keys.findById(NAME)
                .orElseThrow(() -> new IllegalStateException("The seal-making key has not been made"));
    }
}
