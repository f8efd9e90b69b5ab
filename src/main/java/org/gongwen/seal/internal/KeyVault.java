package org.gongwen.seal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.gongwen.seal.SealProperties.KeyAlgorithm;

/**
 * Encrypts key material at rest with AES-256-GCM under a master key. The purpose is bound as
 * associated data, so a blob stored for one purpose does not decrypt as another.
 */
public final class KeyVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey masterKey;

    public KeyVault(SecretKey masterKey) {
        this.masterKey = masterKey;
    }

    public byte[] encrypt(byte[] plain, String purpose) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored, String purpose) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key material cannot be decrypted: wrong master key or altered data", e);
        }
    }

    /** A private key stored as encrypted PKCS#8 for {@code purpose}; the decrypted bytes are wiped once it is read. */
    public PrivateKey decryptPrivateKey(byte[] stored, String purpose, KeyAlgorithm algorithm) {
        byte[] pkcs8 = decrypt(stored, purpose);
        try {
            return Certificates.privateKey(pkcs8, algorithm);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
