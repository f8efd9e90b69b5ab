package org.gongwen.document;

import org.gongwen.shared.Sha256;

/**
 * A document's signed layout file as stored, with what it should show: the issuing unit, whose red
 * header and seal it carries, and the seal recorded at signing. What a recipient checks before
 * signing for it (A10.1). Each file is hashed at most once, however often its hash is asked for.
 *
 * @param pdf            the stored file, or null when the document has not been signed
 * @param recordedSha256 the SHA-256 the content store keeps the file under, or null
 * @param redHeader      发文机关标志 as the layout prints it
 * @param sealId         the seal the document was stamped with, or null
 * @param ofd            the stored sealed OFD file, or null when there is none (not signed, or signed before OFD)
 * @param ofdRecordedSha256 the SHA-256 the content store keeps the OFD under, or null
 */
public final class SignedLayout {

    private final long documentId;
    private final byte[] pdf;
    private final String recordedSha256;
    private final long issuerUnitId;
    private final String issuerCode;
    private final String issuerName;
    private final String redHeader;
    private final Long sealId;
    private final byte[] ofd;
    private final String ofdRecordedSha256;
    private volatile String pdfSha256;
    private volatile String ofdSha256;

    public SignedLayout(
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
        this.documentId = documentId;
        this.pdf = pdf;
        this.recordedSha256 = recordedSha256;
        this.issuerUnitId = issuerUnitId;
        this.issuerCode = issuerCode;
        this.issuerName = issuerName;
        this.redHeader = redHeader;
        this.sealId = sealId;
        this.ofd = ofd;
        this.ofdRecordedSha256 = ofdRecordedSha256;
    }

    public long documentId() {
        return documentId;
    }

    public byte[] pdf() {
        return pdf;
    }

    public String recordedSha256() {
        return recordedSha256;
    }

    public long issuerUnitId() {
        return issuerUnitId;
    }

    public String issuerCode() {
        return issuerCode;
    }

    public String issuerName() {
        return issuerName;
    }

    public String redHeader() {
        return redHeader;
    }

    public Long sealId() {
        return sealId;
    }

    public byte[] ofd() {
        return ofd;
    }

    public String ofdRecordedSha256() {
        return ofdRecordedSha256;
    }

    public boolean signed() {
        return pdf != null;
    }

    /** A sealed OFD exists beside the PDF (documents stamped before OFD was issued have none). */
    public boolean ofdSigned() {
        return ofd != null;
    }

    /** The SHA-256 of the PDF's bytes as read now, or null without a PDF. */
    public String pdfSha256() {
        if (pdfSha256 == null && pdf != null) {
            pdfSha256 = Sha256.hex(pdf);
        }
        return pdfSha256;
    }

    /** The SHA-256 of the OFD's bytes as read now, or null without an OFD. */
    public String ofdSha256() {
        if (ofdSha256 == null && ofd != null) {
            ofdSha256 = Sha256.hex(ofd);
        }
        return ofdSha256;
    }

    /** The stored OFD still hashes to what the store recorded for it. */
    public boolean ofdMatchesRecordedHash() {
        return ofd != null && ofdSha256().equals(ofdRecordedSha256);
    }

    /** The stored bytes still hash to what the store recorded for them. */
    public boolean matchesRecordedHash() {
        return pdf != null && pdfSha256().equals(recordedSha256);
    }
}
