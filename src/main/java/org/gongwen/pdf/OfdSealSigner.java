package org.gongwen.pdf;

/** A unit's electronic seal as an OFD electronic signature (GB/T 38540 SES_Signature) needs it. */
public interface OfdSealSigner extends OfdSigner {

    /** The seal's GB/T 38540 SES_Seal (version 4), DER encoded, which each signature embeds. */
    byte[] sesSeal();
}
