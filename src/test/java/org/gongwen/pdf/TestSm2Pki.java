package org.gongwen.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;

/**
 * An SM2 county made by the test, as the seal module will provide it: a CA, the information centre's
 * seal-making certificate, unit seal certificates, and GB/T 38540 v4 SES_Seals made with them.
 */
final class TestSm2Pki {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    final KeyPair caKeys = keys();
    final X509Certificate ca;
    final KeyPair makerKeys = keys();
    final X509Certificate maker;
    private final AtomicLong serial = new AtomicLong(100);

    TestSm2Pki() throws Exception {
        X500Name name = new X500Name("CN=清河县SM2根证书（测试）,O=清河县人民政府,C=CN");
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant until = Instant.now().plus(Duration.ofDays(365));
        ca = certificate(
                caKeys.getPrivate(),
                new JcaX509v3CertificateBuilder(
                                name, BigInteger.ONE, Date.from(from), Date.from(until), name, caKeys.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        maker = issue("CN=清河县信息中心制章人（测试）,O=清河县人民政府,C=CN", makerKeys);
    }

    /** A unit's seal: its SM2 key and certificate, and an SES_Seal made by the information centre. */
    Sm2SealSigner seal(String sealName) throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = issue("CN=" + sealName + ",O=清河县人民政府,C=CN", keys);
        SESeal sesSeal = sesSeal(sealName, certificate);
        return new Sm2SealSigner(keys, certificate, sesSeal.getEncoded("DER"), sesSeal);
    }

    /** The county system's key for countersigning print copies. */
    Sm2SealSigner system() throws Exception {
        KeyPair keys = keys();
        return new Sm2SealSigner(keys, issue("CN=清河县公文交换系统（测试）,O=清河县人民政府,C=CN", keys), null, null);
    }

    SESeal sesSeal(String sealName, X509Certificate sealCertificate) throws Exception {
        ASN1EncodableVector certs = new ASN1EncodableVector();
        certs.add(new DEROctetString(sealCertificate.getEncoded()));
        Date now = new Date();
        SES_ESPropertyInfo property = new SES_ESPropertyInfo()
                .setType(new ASN1Integer(1))
                .setName(new DERUTF8String(sealName))
                .setCertListType(SES_ESPropertyInfo.CertListType)
                .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
                .setCreateDate(new ASN1GeneralizedTime(now))
                .setValidStart(new ASN1GeneralizedTime(now))
                .setValidEnd(new ASN1GeneralizedTime(Date.from(Instant.now().plus(Duration.ofDays(300)))));
        SES_ESPictrueInfo picture = new SES_ESPictrueInfo()
                .setType("PNG")
                .setData(sealImage())
                .setWidth(42)
                .setHeight(42);
        SES_SealInfo info = new SES_SealInfo()
                .setHeader(new SES_Header(SES_Header.V4, new DERIA5String("GONGWEN")))
                .setEsID(new DERIA5String("3701020000" + serial.incrementAndGet()))
                .setProperty(property)
                .setPicture(picture);
        Signature signature = Signature.getInstance("SM3withSM2", BC);
        signature.initSign(makerKeys.getPrivate());
        signature.update(info.getEncoded("DER"));
        return new SESeal()
                .seteSealInfo(info)
                .setCert(maker)
                .setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                .setSignedValue(signature.sign());
    }

    private X509Certificate issue(String subject, KeyPair keys) throws Exception {
        Instant from = Instant.now().minus(Duration.ofHours(1));
        return certificate(
                caKeys.getPrivate(),
                new JcaX509v3CertificateBuilder(
                                ca,
                                BigInteger.valueOf(serial.incrementAndGet()),
                                Date.from(from),
                                Date.from(from.plus(Duration.ofDays(300))),
                                new X500Name(subject),
                                keys.getPublic())
                        .addExtension(
                                Extension.keyUsage,
                                true,
                                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)));
    }

    private static X509Certificate certificate(
            PrivateKey issuerKey, org.bouncycastle.cert.X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter()
                .setProvider(BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SM3withSM2")
                        .setProvider(BC)
                        .build(issuerKey)));
    }

    static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A red ring on a transparent ground, as a seal image. */
    private static byte[] sealImage() throws Exception {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 0, 0));
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawOval(6, 6, 108, 108);
        g.fillOval(50, 50, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An SM2 key in memory; {@code sesSeal} null for a signer that only signs. */
    record Sm2SealSigner(KeyPair keys, X509Certificate certificate, byte[] sesSeal, SESeal sesSealObject)
            implements OfdSealSigner {

        @Override
        public byte[] sign(byte[] data) {
            try {
                Signature signature = Signature.getInstance("SM3withSM2", BC);
                signature.initSign(keys.getPrivate());
                signature.update(data);
                return signature.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }
}
