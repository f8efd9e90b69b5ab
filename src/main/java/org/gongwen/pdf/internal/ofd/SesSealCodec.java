package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.Time;
import org.gongwen.pdf.SesSealStructure;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;

/**
 * SES_Seal v4 (GB/T 38540) written with ofdrw's ASN.1 classes and read with Bouncy Castle's primitives: ofdrw-gm
 * 2.3.1's {@code getInstance} methods were compiled against Bouncy Castle 1.68 and fail on 1.81 (its
 * DERIA5String, DERBitString, DERUTF8String and DEROctetString no longer have {@code getInstance}). Reading is
 * lenient about string and time types so that seals made elsewhere decode too.
 */
public final class SesSealCodec {

    /** SES_Header.vid: who made the seal data. */
    static final String VENDOR = "GONGWEN";

    private SesSealCodec() {}

    public static SesSealStructure decode(byte[] der) {
        try {
            return decode(ASN1Primitive.fromByteArray(der));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a GB/T 38540 SES_Seal (version 4)", e);
        }
    }

    static SesSealStructure decode(ASN1Encodable encodable) {
        try {
            ASN1Sequence seal = ASN1Sequence.getInstance(encodable);
            ASN1Sequence info = ASN1Sequence.getInstance(seal.getObjectAt(0));
            ASN1Sequence header = ASN1Sequence.getInstance(info.getObjectAt(0));
            ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
            ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
            List<X509Certificate> certificates = new ArrayList<>();
            if (ASN1Integer.getInstance(property.getObjectAt(2)).intValueExact() == 1) {
                for (ASN1Encodable cert : ASN1Sequence.getInstance(property.getObjectAt(3))) {
                    certificates.add(Sm2Crypto.certificate(
                            ASN1OctetString.getInstance(cert).getOctets()));
                }
            }
            return new SesSealStructure(
                    SesStructures.der(seal),
                    ASN1Integer.getInstance(header.getObjectAt(1)).intValueExact(),
                    text(info.getObjectAt(1)),
                    text(property.getObjectAt(1)),
                    ASN1Integer.getInstance(property.getObjectAt(0)).intValueExact(),
                    certificates,
                    time(property.getObjectAt(4)),
                    time(property.getObjectAt(5)),
                    time(property.getObjectAt(6)),
                    text(picture.getObjectAt(0)),
                    ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets(),
                    ASN1Integer.getInstance(picture.getObjectAt(2)).intValueExact(),
                    ASN1Integer.getInstance(picture.getObjectAt(3)).intValueExact(),
                    Sm2Crypto.certificate(
                            ASN1OctetString.getInstance(seal.getObjectAt(1)).getOctets()),
                    ASN1ObjectIdentifier.getInstance(seal.getObjectAt(2)).getId(),
                    SesStructures.der(info),
                    ASN1BitString.getInstance(seal.getObjectAt(3)).getOctets());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("Not a GB/T 38540 SES_Seal (version 4)", e);
        }
    }

    public static byte[] encode(
            SesSealStructure.Content content, X509Certificate maker, UnaryOperator<byte[]> makerSigner) {
        try {
            ASN1EncodableVector certs = new ASN1EncodableVector();
            certs.add(new DEROctetString(content.sealCertificate().getEncoded()));
            SES_ESPropertyInfo property = new SES_ESPropertyInfo()
                    .setType(new ASN1Integer(content.type()))
                    .setName(new DERUTF8String(content.name()))
                    .setCertListType(SES_ESPropertyInfo.CertListType)
                    .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
                    .setCreateDate(new ASN1GeneralizedTime(Date.from(content.createdAt())))
                    .setValidStart(
                            new ASN1GeneralizedTime(content.sealCertificate().getNotBefore()))
                    .setValidEnd(
                            new ASN1GeneralizedTime(content.sealCertificate().getNotAfter()));
            SES_ESPictrueInfo picture = new SES_ESPictrueInfo()
                    .setType("PNG")
                    .setData(content.png())
                    .setWidth(content.widthMm())
                    .setHeight(content.heightMm());
            SES_SealInfo info = new SES_SealInfo()
                    .setHeader(new SES_Header(SES_Header.V4, new DERIA5String(VENDOR)))
                    .setEsID(new DERIA5String(content.esId()))
                    .setProperty(property)
                    .setPicture(picture);
            byte[] signature = makerSigner.apply(info.getEncoded(ASN1Encoding.DER));
            return new SESeal()
                    .seteSealInfo(info)
                    .setCert(maker)
                    .setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                    .setSignedValue(signature)
                    .getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificate not encodable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ASN1Encodable encodable) {
        ASN1Primitive primitive = encodable.toASN1Primitive();
        return primitive instanceof ASN1String string
                ? string.getString()
                : ASN1IA5String.getInstance(primitive).getString();
    }

    private static Instant time(ASN1Encodable encodable) {
        return Time.getInstance(encodable).getDate().toInstant();
    }
}
