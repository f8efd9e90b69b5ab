package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.EM_ABOVE;
import static org.gongwen.pdf.internal.PageGrid.EM_BELOW;
import static org.gongwen.pdf.internal.PageGrid.LEFT;
import static org.gongwen.pdf.internal.PageGrid.LINE;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;
import static org.gongwen.pdf.internal.PageGrid.WIDTH;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import org.gongwen.pdf.OfficialDocument;

/**
 * Draws the 版头 on the first page: 份号, 紧急程度, the red 发文机关标志 (its top 35 mm below the
 * type-area top), 发文字号 with the optional 签发人, and the red rule 4 mm under the number. A copy
 * without legal force gets the 紧急程度 and the 发文字号 only, at the same places.
 */
final class HeaderDrawer {

    static final float MARK_TOP_BELOW_TYPE_TOP = 35 * MM;
    static final float RULE_BELOW_NUMBER = 4 * MM;

    private final LayoutSettings settings;
    private final LayoutFonts.Bound fonts;
    private final Color red;

    HeaderDrawer(LayoutSettings settings, LayoutFonts.Bound fonts, Color red) {
        this.settings = settings;
        this.fonts = fonts;
        this.red = red;
    }

    /** Draws the 版头; {@code official} false leaves out the red mark and the red rule. */
    void draw(PdfCanvas canvas, OfficialDocument doc, boolean official) {
        float top = PageGrid.typeTop();
        int line = 0;
        if (doc.copyNumber() != null) {
            copyNumber(canvas, fonts.body(), settings, doc.copyNumber());
            line++;
        }
        if (doc.urgency() != OfficialDocument.Urgency.NONE) {
            text(
                    canvas,
                    fonts,
                    fonts.heading1(),
                    SIZE_3,
                    doc.urgency().label(),
                    LEFT,
                    PageGrid.baseline(top - line * LINE, SIZE_3),
                    null);
        }
        if (official) {
            redHeader(canvas, doc.redHeader(), top - MARK_TOP_BELOW_TYPE_TOP);
        }
        docNumber(canvas, doc, numberBaseline());
        if (official) {
            redRule(canvas);
        }
    }

    private void redRule(PdfCanvas canvas) {
        float ruleY = ruleY();
        canvas.saveState()
                .setStrokeColor(red)
                .setLineWidth(settings.redRuleWidth())
                .moveTo(LEFT, ruleY)
                .lineTo(PageGrid.typeRight(), ruleY)
                .stroke()
                .restoreState();
    }

    /** The 份号 flush left on the first line of the type area, zero-padded to the configured width. */
    static void copyNumber(PdfCanvas canvas, PdfFont body, LayoutSettings settings, int copyNumber) {
        String copy = String.format("%0" + settings.copyNumberDigits() + "d", copyNumber);
        text(canvas, body, SIZE_3, copy, LEFT, firstLineBaseline(), null);
    }

    /** Baseline of 3号 type on the first line of the type area, where the 份号 goes. */
    static float firstLineBaseline() {
        return PageGrid.baseline(PageGrid.typeTop(), SIZE_3);
    }

    /** Height of the red rule: it depends on the mark's size only. */
    float ruleY() {
        return numberBaseline() - EM_BELOW * SIZE_3 - RULE_BELOW_NUMBER;
    }

    private float numberBaseline() {
        float markBottom = PageGrid.typeTop() - MARK_TOP_BELOW_TYPE_TOP - settings.redHeaderSize();
        return PageGrid.baseline(markBottom - 2 * LINE, SIZE_3);
    }

    private void redHeader(PdfCanvas canvas, String mark, float markTop) {
        float size = settings.redHeaderSize();
        float width = fonts.width(fonts.title(), mark, size);
        float scale = Math.min(1, WIDTH / width);
        float baseline = markTop - EM_ABOVE * size;
        float x = LEFT + (WIDTH - width * scale) / 2;
        canvas.saveState()
                .beginText()
                .setFillColor(red)
                .setHorizontalScaling(scale * 100)
                .moveText(x, baseline);
        showRuns(canvas, fonts, fonts.title(), size, mark);
        canvas.endText().restoreState();
    }

    private void docNumber(PdfCanvas canvas, OfficialDocument doc, float baseline) {
        PdfFont body = fonts.body();
        if (doc.signer() == null || doc.signer().isBlank()) {
            float width = fonts.width(body, doc.docNumber(), SIZE_3);
            text(canvas, fonts, body, SIZE_3, doc.docNumber(), LEFT + (WIDTH - width) / 2, baseline, null);
            return;
        }
        float charWidth = PageGrid.CHAR;
        text(canvas, fonts, body, SIZE_3, doc.docNumber(), LEFT + charWidth, baseline, null);
        String label = "签发人：";
        float nameWidth = fonts.width(fonts.heading2(), doc.signer(), SIZE_3);
        float labelWidth = fonts.width(body, label, SIZE_3);
        float nameX = PageGrid.typeRight() - charWidth - nameWidth;
        text(canvas, fonts, body, SIZE_3, label, nameX - labelWidth, baseline, null);
        text(canvas, fonts, fonts.heading2(), SIZE_3, doc.signer(), nameX, baseline, null);
    }

    /** One line of text in {@code face}, each character it lacks in its fallback. */
    static void text(
            PdfCanvas canvas,
            LayoutFonts.Bound fonts,
            PdfFont face,
            float size,
            String text,
            float x,
            float y,
            Color color) {
        canvas.saveState().beginText();
        if (color != null) {
            canvas.setFillColor(color);
        }
        canvas.moveText(x, y);
        showRuns(canvas, fonts, face, size, text);
        canvas.endText().restoreState();
    }

    /** Shows {@code text} at the current text position, switching fonts where {@code face} lacks a glyph. */
    static void showRuns(PdfCanvas canvas, LayoutFonts.Bound fonts, PdfFont face, float size, String text) {
        for (LayoutFonts.Run run : fonts.runs(face, text)) {
            canvas.setFontAndSize(run.font(), size).showText(run.text());
        }
    }

    static void text(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y, Color color) {
        canvas.saveState().beginText().setFontAndSize(font, size);
        if (color != null) {
            canvas.setFillColor(color);
        }
        canvas.moveText(x, y).showText(text).endText().restoreState();
    }
}
