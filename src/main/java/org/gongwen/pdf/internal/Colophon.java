package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.BOTTOM;
import static org.gongwen.pdf.internal.PageGrid.LEFT;
import static org.gongwen.pdf.internal.PageGrid.LINE;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_4;
import static org.gongwen.pdf.internal.PageGrid.WIDTH;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.List;
import org.gongwen.pdf.OfficialDocument;

/**
 * The 版记 at the bottom of the last page's type area: first rule (0.35 mm), 抄送 in 4号 one
 * character in from each side and wrapped under the first name, middle rule (0.25 mm), 印发机关 and
 * 印发日期, last rule (0.35 mm) on the type-area bottom.
 */
final class Colophon {

    static final float OUTER_RULE = 0.35f * MM;
    static final float INNER_RULE = 0.25f * MM;

    private final OfficialDocument doc;
    private final PdfFont font;
    private final Flow flow;

    Colophon(OfficialDocument doc, PdfFont font, Flow flow) {
        this.doc = doc;
        this.font = font;
        this.flow = flow;
    }

    boolean present() {
        return doc.printingOrgan() != null || !doc.copyRecipients().isEmpty();
    }

    /** Height of the 版记 on the grid. */
    float height(IRenderer parent) {
        return LINE + copyHeight(parent);
    }

    void draw(PdfPage page, IRenderer parent) {
        PdfCanvas canvas = new PdfCanvas(page);
        float copyHeight = copyHeight(parent);
        float printingTop = BOTTOM + LINE;
        rule(canvas, BOTTOM, OUTER_RULE);
        if (copyHeight > 0) {
            rule(canvas, printingTop, INNER_RULE);
            rule(canvas, printingTop + copyHeight, OUTER_RULE);
            try (Canvas layout = new Canvas(canvas, new Rectangle(LEFT, printingTop, WIDTH, copyHeight))) {
                layout.add(copyParagraph());
            }
        } else {
            rule(canvas, printingTop, OUTER_RULE);
        }
        float baseline = PageGrid.baseline(printingTop, SIZE_4);
        if (doc.printingOrgan() != null) {
            HeaderDrawer.text(canvas, flow.fonts(), font, SIZE_4, doc.printingOrgan(), LEFT + SIZE_4, baseline, null);
        }
        if (doc.printingDate() != null) {
            String printed = Dates.chinese(doc.printingDate()) + "印发";
            float width = flow.fonts().width(font, printed, SIZE_4);
            HeaderDrawer.text(
                    canvas, flow.fonts(), font, SIZE_4, printed, PageGrid.typeRight() - SIZE_4 - width, baseline, null);
        }
    }

    private float copyHeight(IRenderer parent) {
        if (doc.copyRecipients().isEmpty()) {
            return 0;
        }
        IRenderer renderer = copyParagraph().createRendererSubTree().setParent(parent);
        renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(WIDTH, 10 * LINE))));
        return Math.max(LINE, Math.round(renderer.getOccupiedArea().getBBox().getHeight() / LINE) * LINE);
    }

    private Paragraph copyParagraph() {
        List<String> names = doc.copyRecipients();
        String text = "抄送：" + String.join("，", names) + "。";
        return flow.paragraph(font, SIZE_4, text)
                .setCharacterSpacing(0)
                .setMarginLeft(4 * SIZE_4)
                .setMarginRight(SIZE_4)
                .setFirstLineIndent(-3 * SIZE_4);
    }

    private static void rule(PdfCanvas canvas, float y, float width) {
        canvas.saveState()
                .setLineWidth(width)
                .moveTo(LEFT, y)
                .lineTo(PageGrid.typeRight(), y)
                .stroke()
                .restoreState();
    }
}
