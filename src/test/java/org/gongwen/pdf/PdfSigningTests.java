package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.Pdfsig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSigningTests {

    static KeyPair keys;
    static X509Certificate certificate;
    static byte[] signed;

    @BeforeAll
    static void signSample() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=清河县人民政府,O=清河县人民政府,C=CN");
        Date now = new Date();
        certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.valueOf(now.getTime()),
                                new Date(now.getTime() - 60_000),
                                new Date(now.getTime() + 86_400_000L),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        byte[] pdf = new LayoutRenderer(LayoutSettings.defaults()).render(SampleDocuments.notice(0));
        signed = new PdfSigning().sign(pdf, signer(), "发文", "清河县");
    }

    @Test
    void theSignatureCoversTheWholeDocumentAndVerifies() throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            List<String> names = signatures.getSignatureNames();
            assertThat(names).hasSize(1);
            assertThat(signatures.signatureCoversWholeDocument(names.get(0))).isTrue();
            PdfPKCS7 pkcs7 = signatures.readSignatureData(names.get(0));
            assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(pkcs7.getSigningCertificate()).isEqualTo(certificate);
            assertThat(pkcs7.getDigestAlgorithmName()).isEqualTo("SHA256");
            assertThat(pkcs7.getReason()).isEqualTo("发文");
            assertThat(pkcs7.getLocation()).isEqualTo("清河县");
            assertThat(pkcs7.getFilterSubtype().getValue()).isEqualTo("ETSI.CAdES.detached");
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withACountyTimeStampingAuthorityTheSignatureCarriesAVerifiedTimeStamp() throws Exception {
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            byte[] pdf = new LayoutRenderer(LayoutSettings.defaults()).render(SampleDocuments.notice(0));
            byte[] stamped = new PdfSigning(tsa.url()).sign(pdf, signer(), "发文", "清河县");
            assertThat(tsa.issued()).isEqualTo(1);
            try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(stamped)))) {
                SignatureUtil signatures = new SignatureUtil(document);
                PdfPKCS7 pkcs7 = signatures.readSignatureData(
                        signatures.getSignatureNames().get(0));
                assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
                assertThat(pkcs7.getTimeStampTokenInfo()).isNotNull();
                assertThat(pkcs7.verifyTimestampImprint()).isTrue();
            }
        }
    }

    @Test
    void theSignedFileIsStillPdfA2b() {
        assertThat(PdfA.failures2b(signed)).isEmpty();
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "pdfaid:part".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        tampered[at] = 'q';
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(tampered)))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            String name = signatures.getSignatureNames().get(0);
            assertThat(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity())
                    .isFalse();
        }
    }

    @Test
    void onlySha256WithRsaOrEcdsaIsAccepted() {
        ExternalSealSigner sm2 = new ExternalSealSigner() {
            @Override
            public Certificate[] chain() {
                return new Certificate[] {certificate};
            }

            @Override
            public String signatureAlgorithm() {
                return "SM3withSM2";
            }

            @Override
            public byte[] sign(byte[] data) {
                throw new AssertionError("never called");
            }
        };
        assertThatThrownBy(() -> new PdfSigning().sign(signed, sm2, "发文", "清河县"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void popplerReportsTheSignatureValidAndTheSignerTrusted(@TempDir Path dir) throws Exception {
        Pdfsig.assumeAvailable();
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        String report = Pdfsig.report(signed, pem, dir);
        assertThat(report).contains("Signature is Valid").contains("Certificate is Trusted");
    }

    private static ExternalSealSigner signer() {
        return new KeyPairSealSigner(keys, certificate, "SHA256withRSA");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
