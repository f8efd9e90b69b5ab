package org.gongwen.seal;

/** What stamping a document needs: the seal, its image at true size, and a signer bound to its custodian. */
public record SealStamp(long sealId, String sealName, byte[] png, double diameterMm, SealSigner signer) {}
