package org.gongwen.seal;

import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.gongwen.pdf.ExternalSealSigner;

/**
 * A key held in this module behind the PDF signer's interface: the signer gets only signatures and a copy of
 * the chain each time. {@code what} names the use ("Signing", "Countersigning") in a failure and in
 * {@link #toString}, which never shows the key.
 */
record HeldKeySigner(String what, PrivateKey key, String signatureAlgorithm, Certificate[] certificates)
        implements ExternalSealSigner {

    @Override
    public Certificate[] chain() {
        return certificates.clone();
    }

    @Override
    public byte[] sign(byte[] data) {
        return KeySignature.sign(key, signatureAlgorithm, data, what);
    }

    @Override
    public String toString() {
        return what + "[" + ((X509Certificate) certificates[0]).getSubjectX500Principal() + "]";
    }
}
