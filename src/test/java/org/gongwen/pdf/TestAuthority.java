package org.gongwen.pdf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A county CA made for a test (ECDSA P-256), issuing signing certificates, as the seal module's would. */
final class TestAuthority {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair keys;
    private final X509Certificate certificate;

    TestAuthority(String subject) throws Exception {
        keys = ecKeys();
        X500Name name = new X500Name(subject);
        certificate =
                build(new JcaX509v3CertificateBuilder(name, serial(), yesterday(), nextYear(), name, keys.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    }

    /** A signer whose certificate, issued by this CA, names {@code subject}. */
    ExternalSealSigner issue(String subject) throws Exception {
        KeyPair leaf = ecKeys();
        X509Certificate issued = build(new JcaX509v3CertificateBuilder(
                        certificate, serial(), yesterday(), nextYear(), new X500Name(subject), leaf.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)));
        return new KeyPairSealSigner(leaf, issued, "SHA256withECDSA");
    }

    String pem() throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private X509Certificate build(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static Date yesterday() {
        return new Date(System.currentTimeMillis() - 86_400_000L);
    }

    private static Date nextYear() {
        return new Date(System.currentTimeMillis() + 365 * 86_400_000L);
    }
}
