package org.gongwen.seal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;

/**
 * GB/T 38540 electronic seals (SES_Seal, version 4), with ofdrw's ASN.1 classes: made from a seal's
 * SM2 certificate and image and signed by the seal-making key; and checked again from their DER.
 */
public final class SesSeals {

    /** SES_Header.vid: who made the seal data. */
    static final String VENDOR = "GONGWEN";
    /** SES_ESPropertyInfo.type: a unit's seal (单位印章). */
    public static final int UNIT_SEAL = 1;

    private SesSeals() {
    }

    /** What a seal carries; width and height in whole millimetres, as the standard counts them. */
    public record Content(String esId, String name, int type, X509Certificate sealCertificate, Instant createdAt,
            byte[] png, int widthMm, int heightMm) {
    }

    /** What a stored SES_Seal says, read back from its DER. */
    public record Decoded(int version, String esId, String name, int type, List<X509Certificate> certificates,
            Instant createdAt, Instant validStart, Instant validEnd, String pictureType, byte[] picture,
            int widthMm, int heightMm, X509Certificate maker, String signatureAlgorithm, byte[] signedInfo,
            byte[] signature) {
    }

    /** The SES_Seal (DER), signed with {@code makerSigner} (SM3withSM2 over the DER of SES_SealInfo). */
    public static byte[] make(Content content, X509Certificate maker, UnaryOperator<byte[]> makerSigner) {
        try {
            ASN1EncodableVector certs = new ASN1EncodableVector();
            certs.add(new DEROctetString(content.sealCertificate().getEncoded()));
            SES_ESPropertyInfo property = new SES_ESPropertyInfo()
                    .setType(new ASN1Integer(content.type()))
                    .setName(new DERUTF8String(content.name()))
                    .setCertListType(SES_ESPropertyInfo.CertListType)
                    .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
                    .setCreateDate(new ASN1GeneralizedTime(Date.from(content.createdAt())))
                    .setValidStart(new ASN1GeneralizedTime(content.sealCertificate().getNotBefore()))
                    .setValidEnd(new ASN1GeneralizedTime(content.sealCertificate().getNotAfter()));
            SES_ESPictrueInfo picture = new SES_ESPictrueInfo().setType("PNG").setData(content.png())
                    .setWidth(content.widthMm()).setHeight(content.heightMm());
            SES_SealInfo info = new SES_SealInfo()
                    .setHeader(new SES_Header(SES_Header.V4, new DERIA5String(VENDOR)))
                    .setEsID(new DERIA5String(content.esId()))
                    .setProperty(property)
                    .setPicture(picture);
            byte[] signature = makerSigner.apply(info.getEncoded(ASN1Encoding.DER));
            return new SESeal().seteSealInfo(info).setCert(maker).setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                    .setSignedValue(signature).getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificate not encodable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes an SES_Seal by the GB/T 38540 v4 structure; throws {@link IllegalArgumentException} when it
     * is not one. Read with Bouncy Castle's primitives: ofdrw 2.3.1's own {@code getInstance} methods
     * call a {@code DERIA5String.getInstance} that Bouncy Castle 1.81 no longer has.
     */
    public static Decoded decode(byte[] der) {
        try {
            ASN1Sequence seal = ASN1Sequence.getInstance(der);
            ASN1Sequence info = ASN1Sequence.getInstance(seal.getObjectAt(0));
            ASN1Sequence header = ASN1Sequence.getInstance(info.getObjectAt(0));
            ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
            ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
            List<X509Certificate> certificates = new java.util.ArrayList<>();
            if (ASN1Integer.getInstance(property.getObjectAt(2)).intValueExact() == 1) {
                for (var cert : ASN1Sequence.getInstance(property.getObjectAt(3))) {
                    certificates.add(Certificates.parse(ASN1OctetString.getInstance(cert).getOctets()));
                }
            }
            if (!"ES".equals(ASN1IA5String.getInstance(header.getObjectAt(0)).getString())) {
                throw new IllegalArgumentException("SES_Header.ID is not ES");
            }
            return new Decoded(ASN1Integer.getInstance(header.getObjectAt(1)).intValueExact(),
                    ASN1IA5String.getInstance(info.getObjectAt(1)).getString(),
                    ASN1UTF8String.getInstance(property.getObjectAt(1)).getString(),
                    ASN1Integer.getInstance(property.getObjectAt(0)).intValueExact(), List.copyOf(certificates),
                    instant(property.getObjectAt(4)), instant(property.getObjectAt(5)),
                    instant(property.getObjectAt(6)), ASN1IA5String.getInstance(picture.getObjectAt(0)).getString(),
                    ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets(),
                    ASN1Integer.getInstance(picture.getObjectAt(2)).intValueExact(),
                    ASN1Integer.getInstance(picture.getObjectAt(3)).intValueExact(),
                    Certificates.parse(ASN1OctetString.getInstance(seal.getObjectAt(1)).getOctets()),
                    ASN1ObjectIdentifier.getInstance(seal.getObjectAt(2)).getId(),
                    info.getEncoded(ASN1Encoding.DER), ASN1BitString.getInstance(seal.getObjectAt(3)).getOctets());
        } catch (IOException | RuntimeException | ParseException e) {
            throw new IllegalArgumentException("Not a GB/T 38540 SES_Seal (version 4)", e);
        }
    }

    /** Whether the maker's signature over SES_SealInfo verifies with the maker certificate it carries. */
    public static boolean makerSignatureHolds(Decoded seal) {
        if (!GMObjectIdentifiers.sm2sign_with_sm3.getId().equals(seal.signatureAlgorithm())) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SM3withSM2", BouncyCastleProvider.PROVIDER_NAME);
            signature.initVerify(seal.maker());
            signature.update(seal.signedInfo());
            return signature.verify(seal.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Whether {@code certificate} chains to {@code root} by PKIX path validation (Bouncy Castle) at
     * {@code at}; revocation is the caller's to check, against the CA's own records.
     */
    public static boolean chainsTo(X509Certificate certificate, X509Certificate root, Instant at) {
        try {
            X509Certificate leaf = Certificates.parse(certificate.getEncoded());
            CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX", BouncyCastleProvider.PROVIDER_NAME)
                    .validate(factory.generateCertPath(List.of(leaf)), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Instant instant(org.bouncycastle.asn1.ASN1Encodable time) throws ParseException {
        return ASN1GeneralizedTime.getInstance(time).getDate().toInstant();
    }
}
