package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.gongwen.pdf.OfdSigner;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.sign.ExtendSignatureContainer;

/**
 * A GB/T 35275 digital signature (type Sign): SignedData whose content is the SM3 digest of Signature.xml, signed
 * SM3withSM2 by {@link OfdSigner}, with the signer's certificate; the signature carries no seal.
 */
public final class Sm2SignedDataContainer implements ExtendSignatureContainer {

    private final OfdSigner signer;

    public Sm2SignedDataContainer(OfdSigner signer) {
        this.signer = signer;
    }

    @Override
    public MessageDigest getDigestFnc() {
        return new SM3.Digest();
    }

    @Override
    public ASN1ObjectIdentifier getSignAlgOID() {
        return GMObjectIdentifiers.sm2sign_with_sm3;
    }

    @Override
    public byte[] sign(InputStream signatureXml, String propertyInfo) throws IOException, GeneralSecurityException {
        byte[] digest = getDigestFnc().digest(signatureXml.readAllBytes());
        try {
            return Gbt35275.signedData(digest, signer.sign(digest), signer.certificate());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new GeneralSecurityException(e);
        }
    }

    @Override
    public byte[] getSeal() {
        return null;
    }

    @Override
    public SigType getSignType() {
        return SigType.Sign;
    }
}
