package org.gongwen.pdf;

import java.security.cert.Certificate;

/**
 * A seal key that signs outside this module (the seal module keeps keys behind its own signer). The
 * private key never comes here: {@link PdfSigning} hands over the bytes to sign and gets the signature.
 */
public interface ExternalSealSigner {

    /** The signing certificate first, then its issuers. */
    Certificate[] chain();

    /** JCA name, e.g. {@code SHA256withRSA} or {@code SHA256withECDSA}; SHA-256 digests only. */
    String signatureAlgorithm();

    /** Signs {@code data} (hashing included) with {@link #signatureAlgorithm()}. */
    byte[] sign(byte[] data);
}
