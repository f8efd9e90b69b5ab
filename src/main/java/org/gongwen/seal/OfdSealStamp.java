package org.gongwen.seal;

import org.gongwen.pdf.OfdSealSigner;

/**
 * What stamping an OFD needs: the seal, its image at true size, and a signer with the seal's SM2 key
 * and GB/T 38540 electronic seal, bound to its custodian.
 */
public record OfdSealStamp(long sealId, String sealName, byte[] png, double diameterMm, OfdSealSigner signer) {}
