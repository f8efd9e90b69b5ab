package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Test;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class OfdViewerTests {

    private static final Logger log = LoggerFactory.getLogger(OfdViewerTests.class);

    @Test
    void theViewingPdfOfALayoutHasItsPagesTextAndRedHeader() {
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        OfficialDocument notice = SampleDocuments.notice(8);
        byte[] pdf = renderer.render(notice);
        OfdLayout layout = new OfdLayoutWriter().write(notice, pdf);
        byte[] view = new OfdViewer().toPdf(layout.ofd());
        PdfInspection inspection = new PdfInspection(view);
        assertThat(inspection.pages).isEqualTo(new PdfInspection(pdf).pages);
        assertThat(OfdLayoutWriterTests.lines(OfdLayoutWriterTests.pdfPageTexts(view)))
                .isEqualTo(OfdLayoutWriterTests.lines(OfdLayoutWriterTests.pdfPageTexts(pdf)));
        assertThat(inspection.runsContaining("清河县人民政府文件"))
                .allSatisfy(run -> assertThat(run.fill().getColorValue()).containsExactly(1f, 0f, 0f));
        assertThat(inspection.strokes).isNotEmpty();
        // the unsigned OFD carries no seal, so its view shows none
        assertThat(inspection.images).isEmpty();
    }

    @Test
    void anOfdMadeWithOfdrwsOwnLayoutIsShown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            doc.add(new Paragraph("关于召开防汛工作会议的通知", 8d));
            doc.add(new Paragraph("请各单位于明日上午九时参加会议。"));
        }
        byte[] view = new OfdViewer().toPdf(out.toByteArray());
        String text = String.join("", OfdLayoutWriterTests.normalised(OfdLayoutWriterTests.pdfPageTexts(view)));
        assertThat(new PdfInspection(view).pages).isEqualTo(1);
        assertThat(text).contains("关于召开防汛工作会议的通知").contains("请各单位于明日上午九时参加会议。");
    }

    @Test
    void aSealedOfdShowsItsSealPictureAlsoOnceTheSealIsBrokenAndStaysUnchanged() throws Exception {
        byte[] sealed = new OfdSigning()
                .seal(OfdSamples.simple(), new TestSm2Pki().seal("清河县人民政府"), new OfdStampPlace(0, 120, 200, 42, 42));
        byte[] broken = OfdSamples.changeText(sealed, "Doc_0/Pages/Page_0/Content.xml", "防火", "防水");
        byte[] before = broken.clone();
        assertThat(new OfdSignatureVerifier().verify(broken).get(0).intact()).isFalse();

        for (byte[] ofd : List.of(sealed, broken)) {
            PdfInspection view = new PdfInspection(new OfdViewer().toPdf(ofd));
            assertThat(view.images).as("the seal's picture at its stamp").hasSize(1);
            PdfInspection.Image seal = view.images.get(0);
            assertThat(seal.box().getWidth()).isCloseTo(42 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
        }
        assertThat(broken).isEqualTo(before);
    }

    @Test
    void aThirteenPageDocumentConverts() {
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        OfficialDocument notice = SampleDocuments.notice(85);
        byte[] pdf = renderer.render(notice);
        long cold = System.nanoTime();
        new OfdLayoutWriter().write(notice, pdf);
        long start = System.nanoTime();
        OfdLayout layout = new OfdLayoutWriter().write(notice, pdf);
        long written = System.nanoTime();
        byte[] view = new OfdViewer().toPdf(layout.ofd());
        long viewed = System.nanoTime();
        int pages = new PdfInspection(pdf).pages;
        log.info(
                "{}-page document: OFD {} ms first, {} ms again ({} bytes), viewing PDF {} ms",
                pages,
                (start - cold) / 1_000_000,
                (written - start) / 1_000_000,
                layout.ofd().length,
                (viewed - written) / 1_000_000);
        assertThat(pages).isGreaterThanOrEqualTo(13);
        List<String> texts = OfdText.pageTexts(layout.ofd());
        assertThat(texts).hasSize(pages);
        assertThat(OfdLayoutWriterTests.normalised(texts))
                .isEqualTo(OfdLayoutWriterTests.normalised(OfdLayoutWriterTests.pdfPageTexts(pdf)));
        assertThat(new PdfInspection(view).pages).isEqualTo(pages);
    }
}
