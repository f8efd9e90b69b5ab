package org.gongwen.pdf.internal.ofd;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks one PDF page's content with PDFBox and records what it draws: each glyph where the text rendering
 * matrix puts it, grouped into runs, each painted path with its colours, each image with its box.
 */
final class PageReader extends PDFGraphicsStreamEngine {

    private final Map<PDFont, EmbeddedFont> fonts;
    private final List<PageDrawing.Item> items = new ArrayList<>();
    private Path2D.Double path = new Path2D.Double();
    private List<PageDrawing.Glyph> run;
    private PageDrawing.TextRun current;

    private PageReader(PDPage page, Map<PDFont, EmbeddedFont> fonts) {
        super(page);
        this.fonts = fonts;
    }

    /** The page's drawing; {@code fonts} collects the fonts it uses, one entry per PDF font. */
    static PageDrawing read(PDPage page, Map<PDFont, EmbeddedFont> fonts) throws IOException {
        PageReader reader = new PageReader(page, fonts);
        reader.processPage(page);
        reader.endRun();
        var box = page.getMediaBox();
        return new PageDrawing(box.getWidth(), box.getHeight(), List.copyOf(reader.items));
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER) {
            return;
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = "\uFFFD";
        }
        EmbeddedFont embedded = fonts.computeIfAbsent(font, f -> new EmbeddedFont(f, fonts.size() + 1));
        int gid = embedded.use(code, unicode);
        double size = trm.getScalingFactorY();
        double hScale = trm.getScalingFactorX() / size;
        double x = trm.getTranslateX();
        double y = trm.getTranslateY();
        double advance = displacement.getX() * trm.getScalingFactorX();
        int rgb = rgb(getGraphicsState().getNonStrokingColor());
        boolean continues = current != null
                && current.font() == embedded
                && current.size() == size
                && current.hScale() == hScale
                && current.rgb() == rgb
                && Math.abs(current.baseline() - y) < 0.01
                && Math.abs(x - current.right()) < size;
        if (!continues) {
            endRun();
            run = new ArrayList<>();
            current = new PageDrawing.TextRun(embedded, size, hScale, rgb, y, run);
        }
        run.add(new PageDrawing.Glyph(unicode, gid, x, advance));
    }

    private void endRun() {
        if (current != null) {
            items.add(new PageDrawing.TextRun(
                    current.font(),
                    current.size(),
                    current.hScale(),
                    current.rgb(),
                    current.baseline(),
                    List.copyOf(run)));
            current = null;
            run = null;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        endRun();
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D box = new Rectangle2D.Double(
                ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(), ctm.getScalingFactorY());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image.getImage(), "png", png);
        items.add(new PageDrawing.Picture(png.toByteArray(), box));
    }

    @Override
    public void clip(int windingRule) {
        // the layout clips nothing that it draws outside; clipping paths are not carried over
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path = new Path2D.Double();
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, false, Path2D.WIND_NON_ZERO);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, true, windingRule);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, true, windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // the layout uses no shadings
    }

    private void paint(boolean stroke, boolean fill, int windingRule) throws IOException {
        endRun();
        var state = getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        double width = state.getLineWidth()
                * Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
        items.add(new PageDrawing.Shape(
                path,
                stroke,
                fill,
                rgb(state.getStrokingColor()),
                rgb(state.getNonStrokingColor()),
                width,
                windingRule == Path2D.WIND_EVEN_ODD));
        path = new Path2D.Double();
    }

    private static int rgb(PDColor colour) throws IOException {
        return colour == null ? 0 : colour.toRGB() & 0xFFFFFF;
    }
}
