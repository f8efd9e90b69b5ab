package org.gongwen.pdf;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A seal signer over an in-memory key pair, for tests that sign without the seal module. */
record KeyPairSealSigner(KeyPair keys, X509Certificate certificate, String signatureAlgorithm)
        implements ExternalSealSigner {

    @Override
    public Certificate[] chain() {
        return new Certificate[] {certificate};
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
