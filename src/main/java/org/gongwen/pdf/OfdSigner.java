package org.gongwen.pdf;

import java.security.cert.X509Certificate;

/**
 * An SM2 key as the OFD signing needs it (GB/T 35275 digital signatures, and the base of {@link
 * OfdSealSigner}); the key stays with whoever implements it.
 */
public interface OfdSigner {

    /** The signer's SM2 certificate (SM3withSM2, issued by the county's SM2 CA). */
    X509Certificate certificate();

    /** An SM3withSM2 signature (DER) over {@code data}, with the default signer id of GM/T 0009. */
    byte[] sign(byte[] data);
}
