package org.gongwen.pdf;

/**
 * A document's layout as OFD (GB/T 33190) without signature, and where its seal goes.
 *
 * @param ofd       the OFD file
 * @param sealPlace where the signature's stamp annotation goes; null for an unsealed document
 */
public record OfdLayout(byte[] ofd, OfdStampPlace sealPlace) {}
