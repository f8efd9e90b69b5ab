package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LEFT;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_4;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.Set;

/**
 * "— 1 —" in 4号, the top of its 一字线 7 mm below the type area: odd pages one character from the
 * right, even pages one character from the left; none on a blank page or the 版记-only page.
 */
final class PageNumbers {

    static final float BELOW_TYPE_AREA = 7 * MM;
    static final String DASH = "—";

    private PageNumbers() {}

    static void draw(PdfDocument pdf, PdfFont font, Set<Integer> unnumbered) {
        float baseline = PageGrid.BOTTOM - BELOW_TYPE_AREA - dashTop(font) * SIZE_4;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (unnumbered.contains(page)) {
                continue;
            }
            String text = DASH + " " + page + " " + DASH;
            float width = font.getWidth(text, SIZE_4);
            float x = page % 2 == 1 ? PageGrid.typeRight() - SIZE_4 - width : LEFT + SIZE_4;
            HeaderDrawer.text(new PdfCanvas(pdf.getPage(page)), font, SIZE_4, text, x, baseline, null);
        }
    }

    /**
     * Top of the dash's ink above the baseline, in ems, from the glyph's bounding box: the dash sits
     * near the middle of the em box, at a height that differs from face to face.
     */
    static float dashTop(PdfFont font) {
        Glyph glyph = font.getFontProgram().getGlyph(DASH.codePointAt(0));
        int[] box = glyph == null ? null : glyph.getBbox();
        if (box == null || box[3] <= box[1]) {
            return PageGrid.EM_ABOVE;
        }
        return box[3] / 1000f;
    }
}
