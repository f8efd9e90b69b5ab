package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.EM_ABOVE;
import static org.gongwen.pdf.internal.PageGrid.EM_BELOW;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;

/**
 * Marks every page of a copy printed beyond the quota (A11.2): a black 3号 line centred in the top
 * margin, and a light-grey diagonal watermark over the page, multiplied so that the text under it stays
 * black and body pages given as images do not hide it. Both are set in the title face, which every
 * layout embeds already: another face would add a subset of a CJK font, the costliest part of a layout.
 */
final class NoLegalForceMarking {

    static final String HEADER = "超出印制份数 · 无法律效力";
    static final String WATERMARK = "无法律效力";
    static final float HEADER_ABOVE_TYPE_AREA = 12 * MM;
    static final float WATERMARK_SIZE = 96;
    private static final Color GREY = new DeviceRgb(0.82f, 0.82f, 0.82f);

    private NoLegalForceMarking() {}

    /** Fails at start-up, like the fonts themselves, when a configured face cannot print the marking. */
    static void requireGlyphs(LayoutFonts fonts) {
        require(fonts, LayoutFonts.Face.TITLE, "gongwen.layout.fonts.title", HEADER + WATERMARK);
    }

    private static void require(LayoutFonts fonts, LayoutFonts.Face face, String setting, String text) {
        if (!fonts.missing(face, text).isEmpty()) {
            throw new IllegalStateException(setting + ": the font lacks " + String.join("", fonts.missing(face, text))
                    + " of the no-legal-force marking \"" + text + "\"");
        }
    }

    static void draw(PdfDocument pdf, LayoutFonts.Bound fonts) {
        float headerWidth = fonts.width(fonts.title(), HEADER, SIZE_3);
        float headerX = PageGrid.LEFT + (PageGrid.WIDTH - headerWidth) / 2;
        float headerY = PageGrid.typeTop() + HEADER_ABOVE_TYPE_AREA;
        float pageWidth = PageGrid.PAGE.getWidth();
        float pageHeight = PageGrid.PAGE.getHeight();
        double angle = Math.atan2(pageHeight, pageWidth);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        // start the text so that the centre of its em box lands on the centre of the page
        float halfWidth = fonts.width(fonts.title(), WATERMARK, WATERMARK_SIZE) / 2;
        float halfHeight = (EM_ABOVE - EM_BELOW) / 2 * WATERMARK_SIZE;
        float x = pageWidth / 2 - cos * halfWidth + sin * halfHeight;
        float y = pageHeight / 2 - sin * halfWidth - cos * halfHeight;
        PdfExtGState multiply = new PdfExtGState().setBlendMode(PdfExtGState.BM_MULTIPLY);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PdfCanvas canvas = new PdfCanvas(pdf.getPage(page));
            HeaderDrawer.text(canvas, fonts, fonts.title(), SIZE_3, HEADER, headerX, headerY, null);
            canvas.saveState()
                    .setExtGState(multiply)
                    .beginText()
                    .setFillColor(GREY)
                    .setTextMatrix(cos, sin, -sin, cos, x, y);
            HeaderDrawer.showRuns(canvas, fonts, fonts.title(), WATERMARK_SIZE, WATERMARK);
            canvas.endText().restoreState();
        }
    }
}
