package org.gongwen.seal;

import org.gongwen.pdf.ExternalSealSigner;

/** What stamping a document needs: the seal, its image at true size, and a signer bound to its custodian. */
public record SealStamp(long sealId, String sealName, byte[] png, double diameterMm, ExternalSealSigner signer) {}
