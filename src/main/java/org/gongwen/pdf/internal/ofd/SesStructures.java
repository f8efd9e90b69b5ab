package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.gongwen.pdf.SesSealStructure;

/**
 * GB/T 38540 version 4 SES_Signature read and written with Bouncy Castle's own ASN.1 types (the seal inside it
 * by {@link SesSealCodec}). ofdrw-gm 2.3.1's classes for them were compiled against Bouncy Castle 1.68 and fail
 * to decode on 1.81 (its DERIA5String, DERBitString, DERUTF8String and DEROctetString no longer have
 * {@code getInstance}).
 */
public final class SesStructures {

    private SesStructures() {}

    /** A decoded SES_Signature v4. */
    public record SesSignature(
            int version,
            ASN1Encodable toSign,
            SesSealStructure seal,
            Instant time,
            byte[] dataHash,
            byte[] signerCertificate,
            ASN1ObjectIdentifier algorithm,
            byte[] signature) {}

    /** The version of an SES_Signature: its TBS_Sign's version (4 for GB/T 38540, 1 for GM/T 0031). */
    public static int version(byte[] der) throws IOException {
        ASN1Sequence signature = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        return ASN1Integer.getInstance(
                        ASN1Sequence.getInstance(signature.getObjectAt(0)).getObjectAt(0))
                .intValueExact();
    }

    public static SesSignature signature(byte[] der) throws IOException {
        ASN1Sequence signature = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        ASN1Sequence toSign = ASN1Sequence.getInstance(signature.getObjectAt(0));
        Instant time;
        try {
            time = ASN1GeneralizedTime.getInstance(toSign.getObjectAt(2))
                    .getDate()
                    .toInstant();
        } catch (java.text.ParseException e) {
            time = null;
        }
        return new SesSignature(
                ASN1Integer.getInstance(toSign.getObjectAt(0)).intValueExact(),
                toSign,
                SesSealCodec.decode(toSign.getObjectAt(1)),
                time,
                ASN1BitString.getInstance(toSign.getObjectAt(3)).getOctets(),
                ASN1OctetString.getInstance(signature.getObjectAt(1)).getOctets(),
                ASN1ObjectIdentifier.getInstance(signature.getObjectAt(2)),
                ASN1BitString.getInstance(signature.getObjectAt(3)).getOctets());
    }

    /** TBS_Sign v4 (version, SES_Seal, time, dataHash, propertyInfo), DER. */
    public static byte[] toSign(byte[] sesSeal, Instant time, byte[] dataHash, String propertyInfo) throws IOException {
        return der(new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(4),
            ASN1Primitive.fromByteArray(sesSeal),
            new ASN1GeneralizedTime(java.util.Date.from(time)),
            new DERBitString(dataHash),
            new DERIA5String(propertyInfo)
        }));
    }

    /** SES_Signature v4 (TBS_Sign, signer certificate, SM3withSM2, signature), DER. */
    public static byte[] signature(byte[] toSign, byte[] certificate, byte[] signature) throws IOException {
        return der(new DERSequence(new ASN1Encodable[] {
            ASN1Primitive.fromByteArray(toSign),
            new DEROctetString(certificate),
            GMObjectIdentifiers.sm2sign_with_sm3,
            new DERBitString(signature)
        }));
    }

    public static boolean verify(ASN1ObjectIdentifier algorithm, X509Certificate certificate, byte[] data, byte[] value)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm.getId(), Sm2Crypto.BC);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(value);
    }

    public static byte[] der(ASN1Encodable encodable) throws IOException {
        return encodable.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    }
}
