package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LEFT;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_4;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * "— 1 —" in 4号 7 mm below the type area: odd pages one character from the right, even pages one
 * character from the left; none on the 版记-only page.
 */
final class PageNumbers {

    static final float BELOW_TYPE_AREA = 7 * MM;

    private PageNumbers() {
    }

    static void draw(PdfDocument pdf, PdfFont font, int skippedPage) {
        float baseline = PageGrid.BOTTOM - BELOW_TYPE_AREA - PageGrid.EM_ABOVE * SIZE_4;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (page == skippedPage) {
                continue;
            }
            String text = "— " + page + " —";
            float width = font.getWidth(text, SIZE_4);
            float x = page % 2 == 1 ? PageGrid.typeRight() - SIZE_4 - width : LEFT + SIZE_4;
            HeaderDrawer.text(new PdfCanvas(pdf.getPage(page)), font, SIZE_4, text, x, baseline, null);
        }
    }
}
