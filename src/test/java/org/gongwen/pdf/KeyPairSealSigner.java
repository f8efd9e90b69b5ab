package org.gongwen.pdf;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A seal signer over an in-memory key pair, for tests that sign without the seal module. */
record KeyPairSealSigner(KeyPair keys, Certificate[] chain, X509Certificate certificate, String signatureAlgorithm)
        implements ExternalSealSigner {

    KeyPairSealSigner(KeyPair keys, X509Certificate certificate, String signatureAlgorithm) {
        this(keys, new Certificate[] {certificate}, certificate, signatureAlgorithm);
    }

    @Override
    public Certificate[] chain() {
        return chain.clone();
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm);
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
