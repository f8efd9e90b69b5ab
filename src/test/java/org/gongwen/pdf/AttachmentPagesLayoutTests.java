package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attachments laid out after the signature block and before the 版记 (GB/T 9704 7.4.1, A11.3): each from
 * a new page headed "附件N" in 黑体; a separate file listed with its digest in the signed information.
 */
class AttachmentPagesLayoutTests {

    static final float MM = 72f / 25.4f;
    static final String DIGEST = "ab".repeat(32);

    static byte[] pdf;
    static PdfInspection inspection;

    @BeforeAll
    static void render() {
        OfficialDocument notice = SampleDocuments.notice(0);
        List<OfficialDocument.Attachment> attachments = List.of(
                new OfficialDocument.Attachment("检查表", false, new OfficialDocument.Pages(List.of(page()))),
                new OfficialDocument.Attachment(
                        "工作方案",
                        false,
                        new OfficialDocument.Text("工作方案", List.of(new OfficialDocument.Paragraph("方案正文第一段。")))),
                new OfficialDocument.Attachment("统计表.xlsx", false, new OfficialDocument.SeparateFile(1234, DIGEST)),
                new OfficialDocument.Attachment("图纸", true));
        OfficialDocument withAttachments = new OfficialDocument(
                notice.redHeader(),
                notice.copyNumber(),
                notice.urgency(),
                notice.docNumber(),
                null,
                notice.title(),
                notice.mainRecipients(),
                notice.body(),
                attachments,
                notice.signingOrgan(),
                notice.date(),
                notice.seal(),
                notice.note(),
                notice.copyRecipients(),
                notice.printingOrgan(),
                notice.printingDate());
        pdf = new LayoutRenderer(LayoutSettings.defaults()).render(withAttachments);
        inspection = new PdfInspection(pdf);
    }

    @Test
    void eachLaidOutAttachmentStartsAPageAfterTheSealWithItsNumberIn黑体() {
        int sealPage = inspection.images.stream()
                .filter(i -> i.box().getWidth() < 100 * MM)
                .findFirst()
                .orElseThrow()
                .page();
        int first = pageStartingWith("附件1");
        int second = pageStartingWith("附件2");
        assertThat(first).isGreaterThan(sealPage);
        assertThat(second).isGreaterThan(first);
        PdfInspection.TextRun heading = topmost(first);
        PdfInspection.TextRun listing = inspection.texts.stream()
                .filter(t -> t.page() == sealPage && t.text().startsWith("附"))
                .findFirst()
                .orElseThrow();
        assertThat(heading.font()).isNotEqualTo(listing.font());
        assertThat(heading.box().getLeft()).isCloseTo(28 * MM, org.assertj.core.data.Offset.offset(1f));
        assertThat(inspection.images).anySatisfy(image -> {
            assertThat(image.page()).isEqualTo(first);
            assertThat(image.box().getWidth()).isGreaterThan(100 * MM);
        });
        assertThat(inspection.pageTexts.get(second - 1)).contains("工作方案").contains("方案正文第一段。");
        assertThat(inspection.allText()).doesNotContain("附件3").doesNotContain("附件4");
        assertThat(inspection.runsContaining("印发"))
                .singleElement()
                .satisfies(colophon -> assertThat(colophon.page()).isGreaterThanOrEqualTo(second));
    }

    static int pageStartingWith(String text) {
        for (int i = 0; i < inspection.pageTexts.size(); i++) {
            if (inspection.pageTexts.get(i).strip().startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page starts with " + text + ": " + inspection.pageTexts);
    }

    static PdfInspection.TextRun topmost(int page) {
        return inspection.texts.stream()
                .filter(t -> t.page() == page && !t.text().isBlank())
                .max(java.util.Comparator.comparing(
                                (PdfInspection.TextRun t) -> t.box().getTop())
                        .thenComparing(t -> -t.box().getLeft()))
                .orElseThrow();
    }

    @Test
    void aSeparateFileIsListedWithItsSizeAndDigest() {
        assertThat(SeparateFiles.listed(pdf)).containsExactly(new SeparateFiles.Listed(3, "统计表.xlsx", 1234, DIGEST));
    }

    @Test
    void theFileIsStillPdfA2b() {
        assertThat(PdfA.failures2b(pdf)).isEmpty();
    }

    static byte[] page() {
        BufferedImage image = new BufferedImage(210, 297, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 210, 297);
        g.setColor(Color.BLUE);
        g.fillRect(20, 20, 170, 40);
        g.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
