package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A PDF used as body pages: its pages, as images, fill the type area between the header part and the seal. */
class BodyPagesLayoutTests {

    static final float MM = 72f / 25.4f;

    static byte[] pdf;
    static PdfInspection inspection;

    @BeforeAll
    static void render() {
        OfficialDocument notice = SampleDocuments.notice(0);
        OfficialDocument withPages = new OfficialDocument(
                        notice.redHeader(),
                        notice.copyNumber(),
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
                .withBodyPages(List.of(page(Color.BLUE), page(Color.GREEN)));
        pdf = new LayoutRenderer(LayoutSettings.defaults()).render(withPages);
        inspection = new PdfInspection(pdf);
    }

    @Test
    void eachBodyPageHasAPageOfItsOwnAfterTheHeaderAndBeforeTheSeal() {
        assertThat(inspection.pages).isBetween(3, 4);
        List<Image> bodyPages = inspection.images.stream()
                .filter(i -> i.box().getWidth() > 100 * MM)
                .toList();
        assertThat(bodyPages).extracting(Image::page).containsExactly(2, 3);
        assertThat(inspection.pageTexts.get(0)).contains("正文见后。").contains("清政〔2026〕12号");
        Image seal = inspection.images.stream()
                .filter(i -> i.box().getWidth() < 100 * MM)
                .findFirst()
                .orElseThrow();
        assertThat(seal.page()).isGreaterThan(3);
        assertThat(inspection.allText()).contains("— 2 —").contains("— 3 —").contains("印发");
    }

    @Test
    void bodyPagesAreDrawnWithinTheTypeArea() {
        float left = 28 * MM;
        float bottom = 35 * MM;
        inspection.images.stream().filter(i -> i.box().getWidth() > 100 * MM).forEach(image -> {
            assertThat(image.box().getLeft()).isGreaterThanOrEqualTo(left - 0.5f);
            assertThat(image.box().getRight()).isLessThanOrEqualTo(left + 156 * MM + 0.5f);
            assertThat(image.box().getBottom()).isGreaterThanOrEqualTo(bottom - 0.5f);
            assertThat(image.box().getTop()).isLessThanOrEqualTo(bottom + 225 * MM + 0.5f);
            assertThat(image.box().getWidth()).isCloseTo(156 * MM, Offset.offset(0.5f));
        });
    }

    @Test
    void theFileIsStillPdfA2b() {
        assertThat(PdfA.failures2b(pdf)).isEmpty();
    }

    @Test
    void anEmptyTypedBodyNeedsBodyPages() {
        OfficialDocument notice = SampleDocuments.notice(0);
        assertThatThrownBy(() -> new OfficialDocument(
                        notice.redHeader(),
                        null,
                        null,
                        notice.docNumber(),
                        null,
                        notice.title(),
                        null,
                        List.of(),
                        null,
                        notice.signingOrgan(),
                        notice.date(),
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        OfficialDocument pagesOnly = new OfficialDocument(
                notice.redHeader(),
                null,
                null,
                notice.docNumber(),
                null,
                notice.title(),
                null,
                List.of(),
                null,
                notice.signingOrgan(),
                notice.date(),
                null,
                null,
                null,
                null,
                null,
                List.of(page(Color.BLUE)));
        assertThat(new PdfInspection(new LayoutRenderer(LayoutSettings.defaults()).render(pagesOnly)).pages)
                .isBetween(2, 3);
    }

    /** An A4 page at 150 dpi, as DocumentLayouts makes them from an uploaded PDF. */
    static byte[] page(Color colour) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(colour);
        g.fillRect(150, 150, 900, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
