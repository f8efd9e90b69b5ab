package org.gongwen.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

/** PKCS#12 keystores holding one seal's private key and certificate chain. */
public final class SealKeystores {

    static final String ALIAS = "seal";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealKeystores() {}

    public static char[] newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    public static byte[] create(PrivateKey key, X509Certificate[] chain, char[] password) {
        return create(key, chain, password, false);
    }

    /** With {@code sm2}, the keystore is written and read by Bouncy Castle, which knows SM2 keys. */
    public static byte[] create(PrivateKey key, X509Certificate[] chain, char[] password, boolean sm2) {
        try {
            KeyStore store = store(sm2);
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, (Certificate[]) chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the seal keystore", e);
        }
    }

    /** The certificate chain stored with the key, the key's own certificate first. */
    public static X509Certificate[] chain(byte[] keystore, char[] password) {
        return chain(keystore, password, false);
    }

    public static X509Certificate[] chain(byte[] keystore, char[] password, boolean sm2) {
        try {
            KeyStore store = store(sm2);
            store.load(new ByteArrayInputStream(keystore), password);
            Certificate[] chain = store.getCertificateChain(ALIAS);
            X509Certificate[] certificates = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                certificates[i] = (X509Certificate) chain[i];
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the seal keystore", e);
        }
    }

    public static PrivateKey key(byte[] keystore, char[] password) {
        return key(keystore, password, false);
    }

    public static PrivateKey key(byte[] keystore, char[] password, boolean sm2) {
        try {
            KeyStore store = store(sm2);
            store.load(new ByteArrayInputStream(keystore), password);
            return (PrivateKey) store.getKey(ALIAS, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the seal keystore", e);
        }
    }

    /**
     * The key, opened with its password as the key vault gives it back (ASCII bytes); the password, the
     * given bytes included, is wiped afterwards.
     */
    public static PrivateKey openKey(byte[] keystore, byte[] passwordBytes, boolean sm2) {
        char[] password = new String(passwordBytes, StandardCharsets.UTF_8).toCharArray();
        try {
            return key(keystore, password, sm2);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    private static KeyStore store(boolean sm2) throws GeneralSecurityException {
        return sm2
                ? KeyStore.getInstance("PKCS12", org.bouncycastle.jce.provider.BouncyCastleProvider.PROVIDER_NAME)
                : KeyStore.getInstance("PKCS12");
    }
}
