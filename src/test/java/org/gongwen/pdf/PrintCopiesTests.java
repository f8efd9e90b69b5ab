package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.TextRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Print files (A11.2): official copies with their 份号, copies beyond the quota without red, seal or legal force. */
class PrintCopiesTests {

    static final float MM = 72f / 25.4f;
    static final float TYPE_TOP = 297 * MM - 37 * MM;
    static final DeviceRgb RED = new DeviceRgb(255, 0, 0);

    static LayoutRenderer renderer;
    static PrintCopies copies;
    static OfficialDocument unnumbered;
    static byte[] signedLayout;
    static PdfInspection layout;
    static byte[] official;
    static PdfInspection officialCopy;
    static PdfInspection unofficialCopy;

    @BeforeAll
    static void print() throws Exception {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        copies = new PrintCopies(renderer, LayoutSettings.defaults());
        unnumbered = withCopyNumber(SampleDocuments.notice(12), null);
        signedLayout = new PdfSigning().sign(renderer.render(unnumbered), selfSignedSeal(), "发文", "清河县");
        layout = new PdfInspection(signedLayout);
        official = copies.officialCopy(signedLayout, 3);
        officialCopy = new PdfInspection(official);
        unofficialCopy = new PdfInspection(copies.unofficialCopy(SampleDocuments.notice(12)));
    }

    @Test
    void anOfficialCopyCarriesItsCopyNumberExactlyWhereTheRendererPrintsOne() {
        PdfInspection rendered = new PdfInspection(renderer.render(withCopyNumber(unnumbered, 3)));
        TextRun expected = single(rendered.runsContaining("000003"));
        TextRun copyNumber = single(officialCopy.runsContaining("000003"));
        assertThat(copyNumber.page()).isEqualTo(1);
        assertThat(copyNumber.text()).isEqualTo("000003");
        assertThat(copyNumber.font()).isEqualTo(expected.font()).isEqualTo("FandolFang-Regular");
        assertSameBox(copyNumber, expected);
        assertThat(copyNumber.box().getLeft()).isCloseTo(28 * MM, offset(0.5f));
        assertThat(copyNumber.box().getTop()).isBetween(TYPE_TOP - 225 * MM / 22, TYPE_TOP);
        // GB/T 9704: 份号 first, 紧急程度 on the line below
        TextRun urgency = single(officialCopy.runsContaining("加急"));
        assertSameBox(urgency, single(rendered.runsContaining("加急")));
        assertThat(urgency.box().getTop()).isLessThan(copyNumber.box().getBottom());
    }

    @Test
    void anOfficialCopyKeepsTheRedHeaderTheRedRuleAndTheSeal() {
        assertThat(officialCopy.pages).isEqualTo(layout.pages).isGreaterThanOrEqualTo(2);
        TextRun mark = single(officialCopy.runsContaining("清河县人民政府文件"));
        assertThat(mark.fill()).isEqualTo(RED);
        assertThat(officialCopy.strokes).filteredOn(s -> RED.equals(s.colour())).singleElement()
                .satisfies(rule -> assertThat(rule.box().getWidth()).isCloseTo(156 * MM, offset(0.5f)));
        assertThat(officialCopy.reds()).hasSize(2).containsOnly(RED);
        assertThat(officialCopy.images).singleElement().satisfies(seal -> {
            assertThat(seal.page()).isEqualTo(officialCopy.pages);
            assertThat(seal.box().getWidth()).isCloseTo(45 * MM, offset(0.5f));
        });
        assertThat(officialCopy.allText().replace("000003\n", "")).isEqualTo(layout.allText());
    }

    @Test
    void anOfficialCopyStaysPdfA2bAndKeepsTheSignedRevision() throws IOException, GeneralSecurityException {
        assertThat(PdfA.failures2b(official)).isEmpty();
        assertThat(Arrays.copyOf(official, signedLayout.length)).isEqualTo(signedLayout);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(official)))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            String name = signatures.getSignatureNames().get(0);
            assertThat(signatures.signatureCoversWholeDocument(name)).isFalse();
            assertThat(signatures.readSignatureData(name).verifySignatureIntegrityAndAuthenticity()).isTrue();
        }
    }

    @Test
    void aCopyNumberMustFitTheSixDigits() {
        assertThat(single(new PdfInspection(copies.officialCopy(signedLayout, 999_999)).runsContaining("999999"))
                .page()).isEqualTo(1);
        assertThatThrownBy(() -> copies.officialCopy(signedLayout, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copies.officialCopy(signedLayout, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyBeyondTheQuotaHasNoRedNoImageAndNoCopyNumber() {
        assertThat(unofficialCopy.pages).isEqualTo(layout.pages);
        assertThat(unofficialCopy.reds()).isEmpty();
        assertThat(unofficialCopy.images).isEmpty();
        String text = unofficialCopy.allText();
        assertThat(text).doesNotContain("清河县人民政府文件").doesNotContain("000042");
        assertThat(text).contains("清政〔2026〕12号").contains("关于规范电子公文交换工作的通知")
                .contains(SampleDocuments.DATE).contains("2026年11月26日印发").contains("加急");
        assertThat(unofficialCopy.strokes).filteredOn(s -> s.page() == 1).isEmpty();
    }

    @Test
    void everyPageOfACopyBeyondTheQuotaSaysItHasNoLegalForce() {
        for (int page = 1; page <= unofficialCopy.pages; page++) {
            int p = page;
            assertThat(unofficialCopy.pageTexts.get(page - 1)).contains("超出印制份数 · 无法律效力");
            TextRun header = single(unofficialCopy.runsContaining("超出印制份数").stream().filter(t -> t.page() == p).toList());
            assertThat(header.box().getBottom()).isGreaterThan(TYPE_TOP);
            TextRun watermark = single(unofficialCopy.texts.stream()
                    .filter(t -> t.page() == p && t.text().equals("无法律效力")).toList());
            float[] grey = watermark.fill().getColorValue();
            assertThat(grey[0]).isEqualTo(grey[1]).isEqualTo(grey[2]).isBetween(0.7f, 0.95f);
            assertThat(watermark.box().getHeight()).as("diagonal").isGreaterThan(200);
        }
    }

    @Test
    void aCopyBeyondTheQuotaIsPdfA2b() {
        assertThat(PdfA.failures2b(copies.unofficialCopy(SampleDocuments.notice(0)))).isEmpty();
    }

    @Test
    void bodyPagesGivenAsAPdfStayImagesInACopyBeyondTheQuota() throws IOException {
        OfficialDocument notice = SampleDocuments.notice(0);
        OfficialDocument withPages = new OfficialDocument(notice.redHeader(), null, notice.urgency(),
                notice.docNumber(), null, notice.title(), notice.mainRecipients(),
                List.of(new OfficialDocument.Paragraph("正文见后。")), notice.attachments(), notice.signingOrgan(),
                notice.date(), notice.seal(), notice.note(), notice.copyRecipients(), notice.printingOrgan(),
                notice.printingDate()).withBodyPages(List.of(bodyPage(), bodyPage()));
        PdfInspection copy = new PdfInspection(copies.unofficialCopy(withPages));
        assertThat(copy.images).hasSize(2).allSatisfy(page -> assertThat(page.box().getWidth()).isGreaterThan(100 * MM));
        assertThat(copy.reds()).isEmpty();
        assertThat(copy.pageTexts).hasSize(copy.pages).allSatisfy(text -> assertThat(text).contains("无法律效力"));
    }

    private static OfficialDocument withCopyNumber(OfficialDocument d, Integer copyNumber) {
        return new OfficialDocument(d.redHeader(), copyNumber, d.urgency(), d.docNumber(), d.signer(), d.title(),
                d.mainRecipients(), d.body(), d.attachments(), d.signingOrgan(), d.date(), d.seal(), d.note(),
                d.copyRecipients(), d.printingOrgan(), d.printingDate(), d.bodyPageImages());
    }

    private static void assertSameBox(TextRun actual, TextRun expected) {
        assertThat(actual.page()).isEqualTo(expected.page());
        assertThat(actual.box().getLeft()).isCloseTo(expected.box().getLeft(), offset(0.01f));
        assertThat(actual.box().getBottom()).isCloseTo(expected.box().getBottom(), offset(0.01f));
        assertThat(actual.box().getWidth()).isCloseTo(expected.box().getWidth(), offset(0.01f));
        assertThat(actual.box().getHeight()).isCloseTo(expected.box().getHeight(), offset(0.01f));
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static byte[] bodyPage() throws IOException {
        BufferedImage image = new BufferedImage(200, 283, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 283);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(20, 20, 160, 10);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** A seal key made for the test: ECDSA P-256 with a self-signed certificate. */
    private static ExternalSealSigner selfSignedSeal() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=清河县人民政府,O=清河县人民政府,C=CN");
        Date now = new Date();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(now.getTime()), new Date(now.getTime() - 60_000),
                new Date(now.getTime() + 86_400_000L), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        return new KeyPairSealSigner(keys, certificate, "SHA256withECDSA");
    }
}
