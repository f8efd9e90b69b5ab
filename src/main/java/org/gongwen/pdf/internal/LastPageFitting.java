package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LINE;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.function.Function;

/**
 * Keeps the signature block with the body (GB/T 9704 7.3.5.5): when the 附件说明, 署名, 成文日期 and
 * seal do not fit under the last body line, the lines of that page from the body on are set closer, down to
 * {@link #MAX_EXTRA_LINES} more lines per page than the grid's 22; when that is not enough, the last
 * {@link #CARRIED_LINES} body lines move to the next page with the signature block, so that no page
 * carries the seal without body text and no run of empty lines stands between the body and the seal.
 * Never moves whole paragraphs.
 */
final class LastPageFitting {

    /** How far the line pitch may shrink: at most this many lines more per page than the grid's 22. */
    static final int MAX_EXTRA_LINES = 2;
    /** The smallest pitch: 22 lines' height holds 24 lines (3号 type then keeps a gap of two-thirds of its size). */
    static final float MIN_PITCH = PageGrid.HEIGHT / (PageGrid.LINES + MAX_EXTRA_LINES);
    /** How many body lines go with the signature block to a new page when closer lines do not suffice. */
    static final int CARRIED_LINES = 2;

    /**
     * How the flow is fitted: body blocks from {@code closerFrom} on, the 附件说明, the signature block
     * and the 附注 at {@code pitch};
     * the type area of page {@code shortPage} ends at {@code shortBottom} (0: no page is shortened).
     */
    record Fitting(int closerFrom, float pitch, int shortPage, float shortBottom) {

        static final Fitting NONE = new Fitting(Integer.MAX_VALUE, LINE, 0, 0);

        float pitchOf(int block) {
            return block >= closerFrom ? pitch : LINE;
        }
    }

    /**
     * Where a flow put things: the page and the top of the free space where the body started and where
     * it ended, the page each body block ended on, and the page the tail (附件说明 and signature block)
     * ended on. {@code bodyEndTop} is the bottom of the last body line.
     */
    record Placement(
            int bodyStartPage,
            float bodyStartTop,
            int[] blockEndPages,
            int bodyEndPage,
            float bodyEndTop,
            int tailEndPage,
            float tailHeightAtGrid) {

        boolean tailWithBody() {
            return tailEndPage == bodyEndPage;
        }

        /** The top of the body on its last page. */
        float lastPageBodyTop() {
            return bodyEndPage == bodyStartPage ? bodyStartTop : PageGrid.typeTop();
        }

        /** Body lines on the last body page, at the grid's pitch. */
        int lastPageLines() {
            return Math.round((lastPageBodyTop() - bodyEndTop) / LINE);
        }

        /** The first block with a line on the last body page. */
        int firstBlockOnLastPage() {
            for (int i = 0; i < blockEndPages.length; i++) {
                if (blockEndPages[i] >= bodyEndPage) {
                    return i;
                }
            }
            return blockEndPages.length;
        }
    }

    private LastPageFitting() {}

    /** The fitting for a flow that {@code flow} lays out on a scratch document and reports on. */
    static Fitting fit(Function<Fitting, Placement> flow) {
        Placement natural = flow.apply(Fitting.NONE);
        if (natural.tailWithBody() || natural.blockEndPages().length == 0) {
            return Fitting.NONE;
        }
        int lines = natural.lastPageLines();
        float available = natural.lastPageBodyTop() - PageGrid.BOTTOM;
        float pitch = available / (lines + natural.tailHeightAtGrid() / LINE) - 0.01f;
        int closerFrom = natural.firstBlockOnLastPage();
        float first = Math.min(pitch, LINE - 0.01f);
        if (first >= MIN_PITCH - 0.05f) {
            // the estimate counts the last page's lines only; a paragraph begun on the page before gets
            // closer too, which helps, so the estimate nearly always fits at once
            for (float tried : new float[] {first, (first + MIN_PITCH) / 2, Math.min(first, MIN_PITCH)}) {
                Fitting closer = new Fitting(closerFrom, tried, 0, 0);
                Placement placed = flow.apply(closer);
                if (placed.tailWithBody() && placed.bodyEndPage() == natural.bodyEndPage()) {
                    return closer;
                }
            }
        }
        if (lines <= CARRIED_LINES) {
            return Fitting.NONE;
        }
        // shorten the last body page by the carried lines; 0.5 pt keeps the line above them from moving too
        return new Fitting(
                Integer.MAX_VALUE, LINE, natural.bodyEndPage(), natural.bodyEndTop() + CARRIED_LINES * LINE - 0.5f);
    }

    /** The page renderer that ends the type area of one page early, for carrying lines to the next. */
    static final class ShortPageRenderer extends DocumentRenderer {

        private final int page;
        private final float bottom;

        ShortPageRenderer(Document document, int page, float bottom) {
            super(document, false);
            this.page = page;
            this.bottom = bottom;
        }

        @Override
        protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
            LayoutArea area = super.updateCurrentArea(overflowResult);
            if (area != null && area.getPageNumber() == page) {
                Rectangle box = area.getBBox();
                float top = box.getTop();
                box.setY(bottom).setHeight(top - bottom);
            }
            return area;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new ShortPageRenderer(document, page, bottom);
        }
    }
}
