package org.gongwen.pdf;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A county PKI made by the test: a root, a time-stamping authority under it whose clock the test sets,
 * seal certificates of any validity and the root's CRL, as the seal module provides them to signing.
 */
final class TestCountyPki implements TrustServices {

    final KeyPair rootKeys = keys();
    final X509Certificate root;
    final KeyPair tsaKeys = keys();
    final X509Certificate tsa;
    private final AtomicLong serial = new AtomicLong(100);
    private final AtomicLong issued = new AtomicLong();
    private Supplier<Instant> tsaClock = Instant::now;

    TestCountyPki(Instant from, Instant until) throws Exception {
        X500Name name = new X500Name("CN=清河县根证书（测试）,O=清河县人民政府,C=CN");
        root = certificate(new JcaX509v3CertificateBuilder(
                        name, BigInteger.ONE, Date.from(from), Date.from(until), name, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        tsa = certificate(new JcaX509v3CertificateBuilder(
                        root,
                        BigInteger.TWO,
                        Date.from(from),
                        Date.from(until),
                        new X500Name("CN=清河县时间戳服务（测试）,O=清河县人民政府,C=CN"),
                        tsaKeys.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)));
    }

    /** A county valid from an hour ago for a year. */
    TestCountyPki() throws Exception {
        this(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    /** A seal key and certificate valid in {@code [from, until)}. */
    KeyPairSealSigner seal(Instant from, Instant until) throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(new JcaX509v3CertificateBuilder(
                        root,
                        BigInteger.valueOf(serial.incrementAndGet()),
                        Date.from(from),
                        Date.from(until),
                        new X500Name("CN=清河县人民政府印章,O=清河县人民政府,C=CN"),
                        keys.getPublic())
                .addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)));
        return new KeyPairSealSigner(
                keys, new java.security.cert.Certificate[] {certificate, root}, certificate, "SHA256withRSA");
    }

    void tsaClock(Supplier<Instant> clock) {
        this.tsaClock = clock;
    }

    long issued() {
        return issued.get();
    }

    String rootPem() throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(root.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Override
    public byte[] timeStampToken(byte[] sha256) {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKeys.getPrivate(), tsa),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(TSPAlgorithms.SHA256)),
                    new ASN1ObjectIdentifier("1.2.3.4.1"));
            tokens.addCertificates(new JcaCertStore(List.of(tsa, root)));
            org.bouncycastle.tsp.TimeStampRequestGenerator requests =
                    new org.bouncycastle.tsp.TimeStampRequestGenerator();
            requests.setCertReq(true);
            issued.incrementAndGet();
            return tokens.generate(
                            requests.generate(TSPAlgorithms.SHA256, sha256),
                            BigInteger.valueOf(serial.incrementAndGet()),
                            Date.from(tsaClock.get()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<byte[]> crls(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
            return List.of();
        }
        try {
            Instant now = tsaClock.get();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            return List.of(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate()))
                    .getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate(org.bouncycastle.cert.X509v3CertificateBuilder builder) throws Exception {
        PrivateKey signer = rootKeys.getPrivate();
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
