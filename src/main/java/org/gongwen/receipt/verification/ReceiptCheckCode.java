package org.gongwen.receipt.verification;

/** The checks of A10.1, in the order they are shown; the label is {@code receiptCheck.<NAME>}. */
public enum ReceiptCheckCode {
    /** 发文单位: the signer's certificate and seal are the issuing unit's. */
    SENDER,
    /** 签名与完整性: the signature is intact and covers the whole file, the stored file is as recorded. */
    SIGNATURE,
    /** 签名证书: issued by the county CA, valid and not revoked when the document was signed. */
    CERTIFICATE,
    /** 公文格式: the required elements and the seal are present. */
    ELEMENTS;

    public String labelKey() {
        return "receiptCheck." + name();
    }
}
