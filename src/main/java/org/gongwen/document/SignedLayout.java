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
 */
public record SignedLayout(long documentId, byte[] pdf, String recordedSha256, long issuerUnitId,
        String issuerCode, String issuerName, String redHeader, Long sealId) {

    public boolean signed() {
        return pdf != null;
    }

    /** The stored bytes still hash to what the store recorded for them. */
    public boolean matchesRecordedHash() {
        return pdf != null && ContentStore.sha256(pdf).equals(recordedSha256);
    }
}
