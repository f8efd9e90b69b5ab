package org.gongwen.document;

import org.gongwen.document.internal.ContentStore;

/**
 * A document's signed layout file as stored, with what it should show: the issuing unit, whose red
 * header and seal it carries, and the seal recorded at signing. What a recipient checks before
 * signing for it (A10.1).
 *
 * @param pdf            the stored file, or null when the document has not been signed
 * @param recordedSha256 the SHA-256 the content store keeps the file under, or null
 * @param redHeader      发文机关标志 as the layout prints it
 * @param sealId         the seal the document was stamped with, or null
 * @param ofd            the stored sealed OFD file, or null when there is none (not signed, or signed before OFD)
 * @param ofdRecordedSha256 the SHA-256 the content store keeps the OFD under, or null
 */
public record SignedLayout(
        long documentId,
        byte[] pdf,
        String recordedSha256,
        long issuerUnitId,
        String issuerCode,
        String issuerName,
        String redHeader,
        Long sealId,
        byte[] ofd,
        String ofdRecordedSha256) {

    public boolean signed() {
        return pdf != null;
    }

    /** A sealed OFD exists beside the PDF (documents stamped before OFD was issued have none). */
    public boolean ofdSigned() {
        return ofd != null;
    }

    /** The stored OFD still hashes to what the store recorded for it. */
    public boolean ofdMatchesRecordedHash() {
        return ofd != null && ContentStore.sha256(ofd).equals(ofdRecordedSha256);
    }

    /** The stored bytes still hash to what the store recorded for them. */
    public boolean matchesRecordedHash() {
        return pdf != null && ContentStore.sha256(pdf).equals(recordedSha256);
    }
}
