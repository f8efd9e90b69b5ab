package org.gongwen.pdf.internal.ofd;

import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.ofdrw.gm.sm2strut.OIDs;

/**
 * Verifies a GB/T 35275 SignedData over an OFD Signature.xml with Bouncy Castle's ASN.1 types (ofdrw-gm's
 * decoder fails on Bouncy Castle 1.81): the content is the SM3 digest of Signature.xml, the signer's SM2
 * signature is over that content, the signer's certificate is among the SignedData's.
 */
public final class Gbt35275 {

    /** The signer's certificate (null when none is found) and what fails (null when it verifies). */
    public record Result(X509Certificate signer, String failure) {}

    private Gbt35275() {}

    /** ContentInfo(SignedData) of GB/T 35275: {@code digest} as content, signed by {@code certificate}'s key. */
    public static byte[] signedData(byte[] digest, byte[] signature, X509Certificate certificate) throws Exception {
        Certificate cert = Certificate.getInstance(certificate.getEncoded());
        ASN1Encodable signerInfo = new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(1),
            new DERSequence(new ASN1Encodable[] {cert.getIssuer(), cert.getSerialNumber()}),
            new AlgorithmIdentifier(OIDs.sm3),
            new AlgorithmIdentifier(OIDs.sm2Sign),
            new DEROctetString(signature)
        });
        ASN1Encodable signedData = new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(1),
            new DERSet(new AlgorithmIdentifier(OIDs.sm3)),
            new DERSequence(new ASN1Encodable[] {OIDs.data, new DERTaggedObject(true, 0, new DEROctetString(digest))}),
            new DERTaggedObject(false, 0, new DERSet(cert)),
            new DERSet(signerInfo)
        });
        return new DERSequence(new ASN1Encodable[] {OIDs.signedData, new DERTaggedObject(true, 0, signedData)})
                .getEncoded(ASN1Encoding.DER);
    }

    public static Result verify(String signatureMethod, byte[] signatureXml, byte[] value) throws Exception {
        ASN1Sequence contentInfo = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(value));
        ASN1Sequence signedData = ASN1Sequence.getInstance(
                ASN1TaggedObject.getInstance(contentInfo.getObjectAt(1)).getExplicitBaseObject());
        ASN1Sequence content = ASN1Sequence.getInstance(signedData.getObjectAt(2));
        byte[] plaintext = ASN1OctetString.getInstance(
                        ASN1TaggedObject.getInstance(content.getObjectAt(1)).getExplicitBaseObject())
                .getOctets();
        ASN1Set certificates = null;
        ASN1Set signerInfos = null;
        for (ASN1Encodable element : signedData) {
            if (element instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0) {
                certificates = ASN1Set.getInstance(tagged, false);
            } else if (element instanceof ASN1Set set) {
                signerInfos = set;
            }
        }
        if (signerInfos == null || signerInfos.size() == 0 || certificates == null) {
            return new Result(null, "签名中没有签名人或其证书");
        }
        ASN1Sequence signerInfo = ASN1Sequence.getInstance(signerInfos.getObjectAt(0));
        ASN1Sequence issuerAndSerial = ASN1Sequence.getInstance(signerInfo.getObjectAt(1));
        X509Certificate signer = null;
        for (ASN1Encodable item : certificates) {
            Certificate c = Certificate.getInstance(item);
            if (c.getSerialNumber().equals(ASN1Integer.getInstance(issuerAndSerial.getObjectAt(1)))
                    && c.getIssuer().equals(X500Name.getInstance(issuerAndSerial.getObjectAt(0)))) {
                signer = Sm2Crypto.certificate(c.getEncoded());
            }
        }
        if (signer == null) {
            return new Result(null, "签名中没有签名人的证书");
        }
        if (signerInfo.getObjectAt(3) instanceof ASN1TaggedObject) {
            return new Result(signer, "不支持带签名属性的签名");
        }
        byte[] digest = Sm2Crypto.sm3().digest(signatureXml);
        if (!Arrays.equals(digest, plaintext)
                && !Arrays.equals(Base64.getEncoder().encode(digest), plaintext)) {
            return new Result(signer, "签名描述文件 Signature.xml 已被改动");
        }
        byte[] encryptedDigest = null;
        for (int i = 3; i < signerInfo.size() && encryptedDigest == null; i++) {
            if (signerInfo.getObjectAt(i) instanceof ASN1OctetString octets) {
                encryptedDigest = octets.getOctets();
            }
        }
        if (encryptedDigest == null) {
            return new Result(signer, "签名中没有签名值");
        }
        Signature verifier = Signature.getInstance(signatureMethod, Sm2Crypto.BC);
        verifier.initVerify(signer.getPublicKey());
        verifier.update(plaintext);
        return new Result(signer, verifier.verify(encryptedDigest) ? null : "签名值与签名人证书不符");
    }
}
