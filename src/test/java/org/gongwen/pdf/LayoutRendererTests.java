package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.Image;
import org.gongwen.support.PdfInspection.Stroke;
import org.gongwen.support.PdfInspection.TextRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayoutRendererTests {

    static final DeviceRgb RED = new DeviceRgb(255, 0, 0);
    static final float MM = 72f / 25.4f;

    static LayoutRenderer renderer;
    static byte[] longDocument;
    static PdfInspection inspection;

    @BeforeAll
    static void render() {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        longDocument = renderer.render(SampleDocuments.notice(12));
        inspection = new PdfInspection(longDocument);
    }

    @Test
    void theRedHeaderIsRedAndCentredWithItsTop35mmBelowTheTypeArea() {
        TextRun mark = single(inspection.runsContaining("清河县人民政府文件"));
        assertThat(mark.page()).isEqualTo(1);
        assertThat(colour(mark.fill())).isEqualTo(colour(RED));
        float centre = mark.box().getLeft() + mark.box().getWidth() / 2;
        assertThat(centre).isCloseTo(28 * MM + 78 * MM, org.assertj.core.data.Offset.offset(1f));
        assertThat(mark.box().getTop())
                .isCloseTo(297 * MM - 37 * MM - 35 * MM, org.assertj.core.data.Offset.offset(2f));
        assertThat(inspection.texts)
                .filteredOn(t -> !t.text().contains("文件"))
                .allSatisfy(t -> assertThat(colour(t.fill())).isNotEqualTo(colour(RED)));
    }

    @Test
    void theSeparatorIsARedRuleAcrossTheTypeAreaBelowTheNumber() {
        List<Stroke> red = inspection.strokes.stream()
                .filter(s -> colour(s.colour()).equals(colour(RED)))
                .toList();
        Stroke rule = single(red);
        assertThat(rule.page()).isEqualTo(1);
        assertThat(rule.box().getWidth()).isCloseTo(156 * MM, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(rule.width()).isEqualTo(1.5f);
        TextRun number = single(inspection.runsContaining("清政〔2026〕12号"));
        assertThat(rule.box().getBottom()).isLessThan(number.box().getBottom());
        assertThat(single(inspection.runsContaining("清政")).box().getBottom()
                        - rule.box().getBottom())
                .isCloseTo(4 * MM, org.assertj.core.data.Offset.offset(3f));
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(longDocument)))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PdfDictionary resources = pdf.getPage(p).getResources().getResource(PdfName.Font);
                for (PdfName name : resources.keySet()) {
                    var font = com.itextpdf.kernel.font.PdfFontFactory.createFont(resources.getAsDictionary(name));
                    assertThat(font.isEmbedded())
                            .as(
                                    "font %s on page %d",
                                    font.getFontProgram().getFontNames().getFontName(), p)
                            .isTrue();
                    fonts.add(font.getFontProgram().getFontNames().getFontName());
                }
            }
        }
        assertThat(fonts)
                .anyMatch(f -> f.contains("FandolFang"))
                .anyMatch(f -> f.contains("FandolKai"))
                .anyMatch(f -> f.contains("NotoSerifSC-Black"))
                .anyMatch(f -> f.contains("NotoSansSC"));
    }

    @Test
    void theElementsFollowTheStandardOrder() {
        String text = inspection.allText();
        int number = text.indexOf("清政〔2026〕12号");
        int title = text.indexOf("关于规范电子公文交换工作的通知");
        int recipients = text.indexOf("各乡镇人民政府，县政府各部门：");
        int body = text.indexOf("一、总体要求");
        int attachments = text.indexOf("附件：1. 电子公文交换系统操作手册");
        int organ = text.indexOf("清河县人民政府", attachments);
        int date = text.indexOf(SampleDocuments.DATE);
        int note = text.indexOf("（此件公开发布）");
        int copies = text.indexOf("抄送：县委办公室，县人大常委会办公室，县政协办公室。");
        int printed = text.indexOf("2026年11月26日印发");
        assertThat(List.of(number, title, recipients, body, attachments, organ, date, note, copies, printed))
                .doesNotContain(-1)
                .isSorted();
        assertThat(text).contains("2. 收文单位联系表（纸质送达）").contains("000042").contains("加急");
    }

    @Test
    void theSealPressesOnTheSigningOrganAndTheDate() {
        Image seal = single(inspection.images);
        TextRun date = single(inspection.runsContaining(SampleDocuments.DATE));
        assertThat(seal.page()).isEqualTo(date.page());
        assertThat(seal.box().getWidth()).isCloseTo(45 * MM, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(seal.box().overlaps(date.box())).isTrue();
        TextRun organ = inspection.texts.stream()
                .filter(t -> t.page() == date.page() && t.text().equals("清河县人民政府"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(seal.box().overlaps(organ.box())).isTrue();
        float sealCentreY = seal.box().getBottom() + seal.box().getHeight() / 2;
        assertThat(organ.box().getTop()).isLessThanOrEqualTo(sealCentreY + 12);
        assertThat(date.box().getRight())
                .isCloseTo(28 * MM + 156 * MM - 4 * 15.79f, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void pageNumbersAlternateSides() {
        assertThat(inspection.pages).isGreaterThanOrEqualTo(2);
        TextRun first = single(inspection.runsContaining("— 1 —"));
        TextRun second = single(inspection.runsContaining("— 2 —"));
        float right = 28 * MM + 156 * MM;
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.box().getRight()).isCloseTo(right - 14, org.assertj.core.data.Offset.offset(1f));
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.box().getLeft()).isCloseTo(28 * MM + 14, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void theTopOfThePageNumberDashIs7mmBelowTheTypeArea() throws IOException {
        List<float[]> dashes = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(longDocument)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        if (position.getUnicode().equals("—") && position.getFont() instanceof PDVectorFont font) {
                            var glyph = font.getNormalizedPath(position.getCharacterCodes()[0])
                                    .getBounds2D();
                            var matrix = position.getTextMatrix();
                            float top = matrix.getTranslateY()
                                    + (float) glyph.getMaxY() / 1000 * matrix.getScalingFactorY();
                            dashes.add(new float[] {getCurrentPageNo(), top});
                        }
                    }
                }
            };
            stripper.getText(pdf);
        }
        // two dashes per numbered page
        assertThat(dashes).hasSizeGreaterThanOrEqualTo(4);
        assertThat(dashes)
                .allSatisfy(dash -> assertThat(dash[1])
                        .isCloseTo(35 * MM - 7 * MM, org.assertj.core.data.Offset.offset(0.5f * MM)));
    }

    @Test
    void theColophonSitsOnTheBottomOfTheLastPage() {
        TextRun printed = single(inspection.runsContaining("印发"));
        assertThat(printed.page()).isEqualTo(inspection.pages);
        List<Stroke> black = inspection.strokes.stream()
                .filter(s -> s.page() == inspection.pages && !colour(s.colour()).equals(colour(RED)))
                .toList();
        assertThat(black).hasSize(3);
        assertThat(black)
                .anySatisfy(s ->
                        assertThat(s.box().getBottom()).isCloseTo(35 * MM, org.assertj.core.data.Offset.offset(0.5f)));
    }

    @Test
    void aShortDocumentWithASignerFitsOnePage() {
        OfficialDocument upward = new OfficialDocument(
                "清河县人民政府",
                null,
                null,
                "清政〔2026〕3号",
                "张三",
                "关于申请专项资金的请示",
                "市人民政府",
                List.of(new OfficialDocument.Paragraph("特此请示。")),
                null,
                "清河县人民政府",
                java.time.LocalDate.of(2026, 1, 5),
                null,
                null,
                null,
                null,
                null);
        PdfInspection pdf = new PdfInspection(renderer.render(upward));
        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.allText()).contains("签发人：").contains("张三").contains("2026年1月5日");
        assertThat(pdf.images).isEmpty();
    }

    @Test
    void characterswithoutGlyphsAreRefusedRatherThanPrintedAsBoxes() {
        OfficialDocument doc = SampleDocuments.notice(0);
        OfficialDocument broken = new OfficialDocument(
                doc.redHeader(),
                null,
                null,
                doc.docNumber(),
                null,
                doc.title(),
                doc.mainRecipients(),
                List.of(new OfficialDocument.Paragraph("古文字\uD80C\uDC00")),
                null,
                doc.signingOrgan(),
                doc.date(),
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> renderer.render(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot print");
    }

    @Test
    void theFileIsPdfA2b() {
        assertThat(PdfA.failures2b(longDocument)).isEmpty();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String colour(Color colour) {
        return colour == null
                ? "none"
                : colour.getColorSpace().getPdfObject() + java.util.Arrays.toString(colour.getColorValue());
    }
}
