package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A10.1: what a recipient's integrity check reads from a signed layout file. */
class PdfSignatureVerifierTests {

    static KeyPair keys;
    static X509Certificate certificate;
    static byte[] rendered;
    static byte[] signed;
    static Instant signedAt;

    final PdfSignatureVerifier verifier = new PdfSignatureVerifier();

    @BeforeAll
    static void signSample() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=公文专用章,OU=XV00,O=清河县测试局,C=CN");
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
        rendered = new LayoutRenderer(LayoutSettings.defaults()).render(SampleDocuments.notice(0));
        signedAt = Instant.now();
        signed = new PdfSigning().sign(rendered, signer(), "发文", "清河县");
    }

    @Test
    void a10_1_anUntouchedSignedFileIsIntactAndNamesItsSigner() {
        PdfSignatures result = verifier.verify(signed);

        assertThat(result.readable()).isTrue();
        assertThat(result.signatures()).hasSize(1);
        PdfSignature signature = result.latest().orElseThrow();
        assertThat(signature.valid()).isTrue();
        assertThat(signature.integrityValid()).isTrue();
        assertThat(signature.coversWholeDocument()).isTrue();
        assertThat(signature.failure()).isNull();
        assertThat(signature.fieldName()).isEqualTo("seal");
        assertThat(signature.signerCertificate()).isEqualTo(certificate);
        assertThat(signature.chain()).first().isEqualTo(certificate);
        assertThat(signature.timeStamped()).isFalse();
        assertThat(signature.signingTime()).isCloseTo(signedAt, within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a10_1_oneChangedByteInsideTheSignedRangeFailsTheIntegrity() {
        byte[] tampered = signed.clone();
        int at = byteRange(signed)[1] / 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);

        PdfSignatures result = verifier.verify(tampered);

        assertThat(result.readable()).isTrue();
        PdfSignature signature = result.latest().orElseThrow();
        assertThat(signature.integrityValid()).isFalse();
        assertThat(signature.valid()).isFalse();
        assertThat(signature.failure()).isNotBlank();
    }

    @Test
    void a10_1_bytesAppendedAfterSigningAreNotCoveredBySignature() {
        byte[] extended = Arrays.copyOf(signed, signed.length + 64);
        byte[] garbage =
                "\n% appended after signing: not covered by the signature\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, extended, signed.length, garbage.length);

        PdfSignatures result = verifier.verify(extended);

        assertThat(result.readable()).isTrue();
        PdfSignature signature = result.latest().orElseThrow();
        assertThat(signature.coversWholeDocument()).isFalse();
        assertThat(signature.valid()).isFalse();
        assertThat(signature.failure()).isNotBlank();
    }

    @Test
    void anUnsignedPdfIsReadableWithoutSignatures() {
        PdfSignatures result = verifier.verify(rendered);

        assertThat(result.readable()).isTrue();
        assertThat(result.signed()).isFalse();
        assertThat(result.latest()).isEmpty();
    }

    @Test
    void aFileThatIsNoPdfGivesAnUnreadableResultNotAnException() {
        assertThat(verifier.verify("这不是 PDF 文件".getBytes(StandardCharsets.UTF_8)))
                .satisfies(r -> assertThat(r.readable()).isFalse())
                .satisfies(r -> assertThat(r.failure()).isNotBlank());
        assertThat(verifier.verify(Arrays.copyOf(signed, signed.length / 3)).signatures())
                .allSatisfy(s -> assertThat(s.valid()).isFalse());
        assertThat(verifier.verify(new byte[0]).readable()).isFalse();
        assertThat(verifier.verify(null).readable()).isFalse();
    }

    @Test
    void aVerifiedTimeStampGivesTheSigningTime() throws Exception {
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            byte[] stamped = new PdfSigning(tsa.url()).sign(rendered, signer(), "发文", "清河县");

            PdfSignature signature = verifier.verify(stamped).latest().orElseThrow();

            assertThat(signature.valid()).isTrue();
            assertThat(signature.timeStamped()).isTrue();
            assertThat(signature.signingTime()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        }
    }

    /** The /ByteRange of the (only) signature: offset and length of the two signed parts. */
    static int[] byteRange(byte[] pdf) {
        Matcher m = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        return new int[] {
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))
        };
    }

    private static ExternalSealSigner signer() {
        return new KeyPairSealSigner(keys, certificate, "SHA256withRSA");
    }
}
