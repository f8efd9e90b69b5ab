package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.CHAR;
import static org.gongwen.pdf.internal.PageGrid.LINE;
import static org.gongwen.pdf.internal.PageGrid.MM;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;
import static org.gongwen.pdf.internal.PageGrid.WIDTH;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import org.gongwen.pdf.OfficialDocument;

/**
 * 发文机关署名 and 成文日期 with the seal. Sealed (GB/T 9704 7.3.5.1): the date 4 characters from the
 * right, the 署名 centred over it, the seal centred over both so that they sit just below its centre,
 * its top within one line of the text above. Unsealed (7.3.5.2): 1 blank line, the 署名 2 characters
 * from the right, the date below it starting 2 characters further right. A seal without its image
 * (a preview before signing, a copy without legal force) takes the same place and prints nothing. The
 * blank lines for the seal are counted on the grid and set at the flow's pitch, which is closer than
 * the grid's on a fitted last page.
 */
final class SignatureBlock {

    /** How far above the boundary between 署名 and date the seal's centre sits, in radii. */
    static final float CENTRE_ABOVE = 0.2f;

    private SignatureBlock() {}

    static Div create(OfficialDocument doc, PdfFont body, Flow flow) {
        String date = Dates.chinese(doc.date());
        float dateWidth = flow.width(body, date);
        float organWidth = flow.width(body, doc.signingOrgan());
        float right = WIDTH;
        Div block = new Div();
        float organX;
        float dateX;
        if (doc.seal() != null) {
            float radius = (float) doc.seal().diameterMm() * MM / 2;
            int blankLines = Math.max(0, (int) Math.ceil(((1 + CENTRE_ABOVE) * radius - LINE) / LINE - 1e-3));
            block.setMarginTop(blankLines * flow.pitch());
            dateX = right - 4 * CHAR - dateWidth;
            organX = dateX + dateWidth / 2 - organWidth / 2;
            if (doc.seal().printed()) {
                block.setNextRenderer(new SealRenderer(block, doc.seal(), dateX + dateWidth / 2, radius, flow.pitch()));
            }
        } else {
            block.setMarginTop(flow.pitch());
            organX = right - 2 * CHAR - organWidth;
            dateX = Math.min(organX + 2 * CHAR, right - dateWidth);
        }
        block.add(line(flow, body, doc.signingOrgan(), organX));
        block.add(line(flow, body, date, dateX));
        return block;
    }

    private static Paragraph line(Flow flow, PdfFont font, String text, float x) {
        return flow.paragraph(font, SIZE_3, text).setMarginLeft(Math.max(0, x));
    }

    /**
     * Places the seal over the block once the block is placed: not in the page content but as the
     * appearance of an empty signature field (see {@link SealField}), multiplied so the text stays readable.
     */
    static final class SealRenderer extends DivRenderer {

        private final OfficialDocument.Seal seal;
        private final float centreX;
        private final float radius;
        private final float pitch;

        SealRenderer(Div div, OfficialDocument.Seal seal, float centreX, float radius, float pitch) {
            super(div);
            this.seal = seal;
            this.centreX = centreX;
            this.radius = radius;
            this.pitch = pitch;
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            Rectangle box = getOccupiedAreaBBox();
            float x = PageGrid.LEFT + centreX;
            float y = box.getBottom() + pitch + CENTRE_ABOVE * radius;
            PdfDocument pdf = context.getDocument();
            SealField.add(
                    pdf,
                    pdf.getPage(getOccupiedArea().getPageNumber()),
                    new Rectangle(x - radius, y - radius, 2 * radius, 2 * radius),
                    seal.png());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new SealRenderer((Div) modelElement, seal, centreX, radius, pitch);
        }
    }
}
