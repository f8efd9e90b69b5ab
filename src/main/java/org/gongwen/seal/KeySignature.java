package org.gongwen.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** One JCA signature with a key held in this module: seal keys and the county system's keys. */
final class KeySignature {

    private KeySignature() {}

    static byte[] sign(PrivateKey key, String signatureAlgorithm, byte[] data, String what) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }
}
