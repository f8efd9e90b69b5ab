package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.TextRun;
import org.gongwen.support.Pdfsig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Print files (A11.2): official copies with their 份号, countersigned over the whole copy; copies beyond
 * the quota without red, seal or legal force.
 */
class PrintCopiesTests {

    static final float MM = 72f / 25.4f;
    static final float TYPE_TOP = 297 * MM - 37 * MM;
    static final DeviceRgb RED = new DeviceRgb(255, 0, 0);

    static LayoutRenderer renderer;
    static PrintCopies copies;
    static TestAuthority countyCa;
    static ExternalSealSigner countersigner;
    static OfficialDocument unnumbered;
    static byte[] signedLayout;
    static PdfInspection layout;
    static byte[] official;
    static PdfInspection officialCopy;
    static PdfInspection unofficialCopy;

    @BeforeAll
    static void print() throws Exception {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        copies = new PrintCopies(renderer, LayoutSettings.defaults(), new PdfSigning());
        countyCa = new TestAuthority("CN=清河县电子公文交换根证书,O=清河县人民政府,C=CN");
        countersigner = countyCa.issue("CN=清河县电子公文交换系统 份号加签,O=清河县人民政府,C=CN");
        unnumbered = withCopyNumber(SampleDocuments.notice(12), null);
        signedLayout = new PdfSigning()
                .sign(renderer.render(unnumbered), countyCa.issue("CN=清河县人民政府,O=清河县人民政府,C=CN"), "发文", "清河县");
        layout = new PdfInspection(signedLayout);
        official = official(signedLayout, 3);
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
        assertThat(officialCopy.strokes)
                .filteredOn(s -> RED.equals(s.colour()))
                .singleElement()
                .satisfies(rule -> assertThat(rule.box().getWidth()).isCloseTo(156 * MM, offset(0.5f)));
        assertThat(officialCopy.reds()).hasSize(2).containsOnly(RED);
        assertThat(officialCopy.images).singleElement().satisfies(seal -> {
            assertThat(seal.page()).isEqualTo(officialCopy.pages);
            assertThat(seal.box().getWidth()).isCloseTo(45 * MM, offset(0.5f));
        });
        assertThat(officialCopy.allText().replace("000003\n", "")).isEqualTo(layout.allText());
    }

    @Test
    void anOfficialCopyStaysPdfA2bKeepsTheSignedRevisionAndIsCountersignedOverTheWholeFile()
            throws IOException, GeneralSecurityException {
        assertThat(PdfA.failures2b(official)).isEmpty();
        assertThat(Arrays.copyOf(official, signedLayout.length)).isEqualTo(signedLayout);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(official)))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            List<String> names = signatures.getSignatureNames();
            assertThat(names).hasSize(2);
            assertThat(signatures.signatureCoversWholeDocument(names.get(0)))
                    .as("the seal: the layout only")
                    .isFalse();
            assertThat(signatures.readSignatureData(names.get(0)).verifySignatureIntegrityAndAuthenticity())
                    .isTrue();
            PdfPKCS7 countersignature = signatures.readSignatureData(names.get(1));
            assertThat(signatures.signatureCoversWholeDocument(names.get(1))).isTrue();
            assertThat(countersignature.verifySignatureIntegrityAndAuthenticity())
                    .isTrue();
            assertThat(countersignature.getReason()).isEqualTo("份号 000003");
            assertThat(countersignature
                            .getSigningCertificate()
                            .getSubjectX500Principal()
                            .getName())
                    .contains("清河县电子公文交换系统 份号加签");
        }
    }

    @Test
    void popplerReportsEverySignatureValidAndTheCountersignatureCoveringTheWholeCopy(@TempDir Path dir)
            throws Exception {
        Pdfsig.assumeAvailable();
        List<String> signatures = Pdfsig.signatures(Pdfsig.report(official, countyCa.pem(), dir));
        assertThat(signatures)
                .hasSize(2)
                .allSatisfy(signature ->
                        assertThat(signature).contains("Signature is Valid").contains("Certificate is Trusted"));
        assertThat(signatures.get(0)).contains("Not total document signed");
        assertThat(signatures.get(1))
                .contains("Total document signed")
                .doesNotContain("Not total document signed")
                .contains("份号加签");
    }

    @Test
    void aNumberChangedAfterPrintingIsDetected(@TempDir Path dir) throws Exception {
        // what a PDF editor does: an incremental update that writes another number over the first line
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(official)),
                new PdfWriter(changed),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(pdf.getFirstPage())
                    .saveState()
                    .setFillColor(new DeviceRgb(255, 255, 255))
                    .rectangle(28 * MM, TYPE_TOP - 10 * MM, 30 * MM, 10 * MM)
                    .fill()
                    .restoreState();
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(changed.toByteArray())))) {
            SignatureUtil signatures = new SignatureUtil(pdf);
            assertThat(signatures.getSignatureNames()).hasSize(2).noneMatch(signatures::signatureCoversWholeDocument);
        }
        Pdfsig.assumeAvailable();
        List<String> report = Pdfsig.signatures(Pdfsig.report(changed.toByteArray(), countyCa.pem(), dir));
        assertThat(report)
                .hasSize(2)
                .noneMatch(signature -> signature.contains("Total document signed")
                        && !signature.contains("Not total document signed"));
    }

    @Test
    void aCopyNumberMustFitTheSixDigits() throws Exception {
        assertThat(single(new PdfInspection(official(signedLayout, 999_999)).runsContaining("999999"))
                        .page())
                .isEqualTo(1);
        assertThatThrownBy(() -> official(signedLayout, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> official(signedLayout, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyBeyondTheQuotaHasNoRedNoImageAndNoCopyNumber() {
        assertThat(unofficialCopy.pages).isEqualTo(layout.pages);
        assertThat(unofficialCopy.reds()).isEmpty();
        assertThat(unofficialCopy.images).isEmpty();
        String text = unofficialCopy.allText();
        assertThat(text).doesNotContain("清河县人民政府文件").doesNotContain("000042");
        assertThat(text)
                .contains("清政〔2026〕12号")
                .contains("关于规范电子公文交换工作的通知")
                .contains(SampleDocuments.DATE)
                .contains("2026年11月26日印发")
                .contains("加急");
        assertThat(unofficialCopy.strokes).filteredOn(s -> s.page() == 1).isEmpty();
    }

    @Test
    void everyPageOfACopyBeyondTheQuotaSaysItHasNoLegalForce() {
        for (int page = 1; page <= unofficialCopy.pages; page++) {
            int p = page;
            assertThat(unofficialCopy.pageTexts.get(page - 1)).contains("超出印制份数 · 无法律效力");
            TextRun header = single(unofficialCopy.runsContaining("超出印制份数").stream()
                    .filter(t -> t.page() == p)
                    .toList());
            assertThat(header.box().getBottom()).isGreaterThan(TYPE_TOP);
            TextRun watermark = single(unofficialCopy.texts.stream()
                    .filter(t -> t.page() == p && t.text().equals("无法律效力"))
                    .toList());
            float[] grey = watermark.fill().getColorValue();
            assertThat(grey[0]).isEqualTo(grey[1]).isEqualTo(grey[2]).isBetween(0.7f, 0.95f);
            assertThat(watermark.box().getHeight()).as("diagonal").isGreaterThan(200);
        }
    }

    @Test
    void aCopyBeyondTheQuotaIsPdfA2b() {
        assertThat(PdfA.failures2b(copies.unofficialCopy(SampleDocuments.notice(0))))
                .isEmpty();
    }

    @Test
    void bodyPagesGivenAsAPdfStayImagesInACopyBeyondTheQuota() throws IOException {
        OfficialDocument notice = SampleDocuments.notice(0);
        OfficialDocument withPages = new OfficialDocument(
                        notice.redHeader(),
                        null,
                        notice.urgency(),
                        notice.docNumber(),
                        null,
                        notice.title(),
                        notice.mainRecipients(),
                        List.of(new OfficialDocument.Paragraph("正文见后。")),
                        notice.attachments(),
                        notice.signingOrgan(),
                        notice.date(),
                        notice.seal(),
                        notice.note(),
                        notice.copyRecipients(),
                        notice.printingOrgan(),
                        notice.printingDate())
                .withBodyPages(List.of(bodyPage(), bodyPage()));
        PdfInspection copy = new PdfInspection(copies.unofficialCopy(withPages));
        assertThat(copy.images)
                .hasSize(2)
                .allSatisfy(page -> assertThat(page.box().getWidth()).isGreaterThan(100 * MM));
        assertThat(copy.reds()).isEmpty();
        assertThat(copy.pageTexts)
                .hasSize(copy.pages)
                .allSatisfy(text -> assertThat(text).contains("无法律效力"));
    }

    private static OfficialDocument withCopyNumber(OfficialDocument d, Integer copyNumber) {
        return new OfficialDocument(
                d.redHeader(),
                copyNumber,
                d.urgency(),
                d.docNumber(),
                d.signer(),
                d.title(),
                d.mainRecipients(),
                d.body(),
                d.attachments(),
                d.signingOrgan(),
                d.date(),
                d.seal(),
                d.note(),
                d.copyRecipients(),
                d.printingOrgan(),
                d.printingDate(),
                d.bodyPageImages());
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

    /** An official copy countersigned by the test county's system certificate. */
    private static byte[] official(byte[] signedLayout, int copyNumber) {
        return copies.officialCopy(signedLayout, copyNumber, countersigner, "清河县人民政府");
    }
}
