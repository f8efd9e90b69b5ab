package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.gongwen.pdf.OfdSealSigner;
import org.gongwen.pdf.SesSealStructure;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.sign.ExtendSignatureContainer;

/**
 * A GB/T 38540 electronic signature (SES_Signature version 4) by a unit's seal: TBS_Sign holds the SES_Seal,
 * the time, the SM3 digest of Signature.xml (which lists the SM3 digests of the protected files) and the
 * Signature.xml's path as property info; the seal's key signs it (SM3withSM2) through {@link OfdSealSigner}.
 */
public final class SesSealContainer implements ExtendSignatureContainer {

    private final OfdSealSigner signer;
    private final byte[] sesSeal;

    public SesSealContainer(OfdSealSigner signer) {
        this.signer = signer;
        this.sesSeal = signer.sesSeal();
        SesSealStructure seal;
        try {
            seal = SesSealStructure.decode(sesSeal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the signer's SES_Seal is not a GB/T 38540 v4 seal", e);
        }
        if (!seal.binds(signer.certificate())) {
            throw new IllegalArgumentException("the signer's certificate is not one the SES_Seal binds");
        }
    }

    @Override
    public MessageDigest getDigestFnc() {
        return Sm2Crypto.sm3();
    }

    @Override
    public ASN1ObjectIdentifier getSignAlgOID() {
        return GMObjectIdentifiers.sm2sign_with_sm3;
    }

    @Override
    public byte[] sign(InputStream signatureXml, String propertyInfo) throws IOException {
        byte[] toSign = SesStructures.toSign(
                sesSeal, Instant.now(), getDigestFnc().digest(signatureXml.readAllBytes()), propertyInfo);
        try {
            return SesStructures.signature(toSign, signer.certificate().getEncoded(), signer.sign(toSign));
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    /**
     * No separate Seal.esl: the SES_Seal is inside the signature. ofdrw 2.3.1's OFDValidator compares a Seal.esl
     * by decoding with classes that fail on Bouncy Castle 1.81; without one it checks the file digests and
     * hands the signature to its validate container.
     */
    @Override
    public byte[] getSeal() {
        return null;
    }

    @Override
    public SigType getSignType() {
        return SigType.Seal;
    }
}
