package org.gongwen.receipt.verification;

/**
 * The checks of A10.1, in the order they are shown; the label is {@code receiptCheck.<NAME>}. The PDF's four
 * come first, then the same four on the OFD (not applicable for a document issued before OFD existed).
 */
public enum ReceiptCheckCode {
    /** 发文单位: the signer's certificate and seal are the issuing unit's. */
    SENDER,
    /** 签名与完整性: the signature is intact and covers the whole file, the stored file is as recorded. */
    SIGNATURE,
    /** 签名证书: issued by the county CA, valid and not revoked when the document was signed. */
    CERTIFICATE,
    /** 公文格式: the required elements and the seal are present. */
    ELEMENTS,
    /** OFD 发文单位: the OFD's SM2 seal certificate and SES_Seal are the issuing unit's seal. */
    OFD_SENDER,
    /** OFD 签章与完整性: the SES_Signature is intact, the stored OFD is as recorded. */
    OFD_SIGNATURE,
    /** OFD 签章证书: chains to the county SM2 CA, valid and not revoked at signing; the SES_Seal is valid. */
    OFD_CERTIFICATE,
    /** OFD 公文格式: the OFD shows the required elements and carries the seal. */
    OFD_ELEMENTS;

    /** A check of the OFD beside the PDF (issue 15). */
    public boolean ofd() {
        return name().startsWith("OFD_");
    }

    public String labelKey() {
        return "receiptCheck." + name();
    }
}
