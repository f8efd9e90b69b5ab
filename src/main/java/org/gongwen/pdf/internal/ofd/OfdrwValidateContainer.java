package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.sign.verify.SignedDataValidateContainer;
import org.ofdrw.sign.verify.exceptions.InvalidSignedValueException;

/**
 * The signed-value check for ofdrw's {@code OFDValidator} (which checks the files' digests itself): SES_Signature
 * v4 for seals, GB/T 35275 SignedData for signatures. It stands in for ofdrw's SESV4ValidateContainer and
 * GBT35275ValidateContainer, whose ASN.1 decoding fails on Bouncy Castle 1.81.
 */
public final class OfdrwValidateContainer implements SignedDataValidateContainer {

    @Override
    public void validate(SigType type, String alg, byte[] signatureXml, byte[] signedValue)
            throws InvalidSignedValueException, IOException, GeneralSecurityException {
        if (type == SigType.Sign) {
            Gbt35275.Result result;
            try {
                result = Gbt35275.verify(alg, signatureXml, signedValue);
            } catch (IOException | GeneralSecurityException e) {
                throw e;
            } catch (Exception e) {
                throw new InvalidSignedValueException("签名数据无法解析");
            }
            if (result.failure() != null) {
                throw new InvalidSignedValueException(result.failure());
            }
            return;
        }
        SesStructures.SesSignature ses;
        try {
            ses = SesStructures.signature(signedValue);
        } catch (RuntimeException e) {
            throw new InvalidSignedValueException("签章数据无法解析");
        }
        if (!Arrays.equals(ses.dataHash(), Sm2Crypto.sm3().digest(signatureXml))) {
            throw new InvalidSignedValueException("签名描述文件 Signature.xml 已被改动");
        }
        if (!SesStructures.verify(
                ses.algorithm(),
                Sm2Crypto.certificate(ses.signerCertificate()),
                SesStructures.der(ses.toSign()),
                ses.signature())) {
            throw new InvalidSignedValueException("签章值与签章人证书不符");
        }
        if (!ses.seal().makerSignatureHolds()) {
            throw new InvalidSignedValueException("印章的制章人签名不正确");
        }
    }
}
