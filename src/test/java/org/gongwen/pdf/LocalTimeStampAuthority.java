package org.gongwen.pdf;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 time-stamping authority on localhost, made by the test, standing in for the county TSA. */
final class LocalTimeStampAuthority implements AutoCloseable {

    private final HttpServer server;
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serial = new AtomicLong(1);

    LocalTimeStampAuthority() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=清河县时间戳服务（测试）,C=CN");
        Date now = new Date();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.ONE,
                                new Date(now.getTime() - 60_000),
                                new Date(now.getTime() + 86_400_000L),
                                subject,
                                keys.getPublic())
                        .addExtension(
                                Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(TSPAlgorithms.SHA256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(java.util.List.of(certificate)));
        responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request =
                        new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                TimeStampResponse response =
                        responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date());
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                throw new IOException(e);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    long issued() {
        return serial.get() - 1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
