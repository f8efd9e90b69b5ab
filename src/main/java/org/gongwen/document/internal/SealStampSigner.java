package org.gongwen.document.internal;

import java.security.cert.Certificate;
import org.gongwen.pdf.ExternalSealSigner;
import org.gongwen.seal.SealStamp;

/** Lets the PDF signer use a seal through the seal module's signer; the key never leaves it. */
public record SealStampSigner(SealStamp stamp) implements ExternalSealSigner {

    @Override
    public Certificate[] chain() {
        return stamp.signer().chain().toArray(new Certificate[0]);
    }

    @Override
    public String signatureAlgorithm() {
        return stamp.signer().signatureAlgorithm();
    }

    @Override
    public byte[] sign(byte[] data) {
        return stamp.signer().sign(data);
    }
}
