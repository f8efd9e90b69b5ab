package org.gongwen.pdf.internal.ofd;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What one PDF page draws, in content order and page coordinates (points from the bottom left): text
 * runs, paths and images. The seal is not here: it is the appearance of the signature field.
 */
record PageDrawing(double widthPt, double heightPt, List<Item> items) {

    sealed interface Item permits TextRun, Shape, Picture {}

    /** A glyph: its code point(s), glyph id in its font, origin on the baseline and advance. */
    record Glyph(String unicode, int gid, double x, double advance) {}

    /**
     * Glyphs of one font, size, horizontal scale and colour on one baseline with no gap wider than an em.
     *
     * @param hScale horizontal scaling (1 for none)
     */
    record TextRun(EmbeddedFont font, double size, double hScale, int rgb, double baseline, List<Glyph> glyphs)
            implements Item {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.unicode()));
            return text.toString();
        }

        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.advance();
        }
    }

    /** A path, stroked or filled (or both), with its colours as 0xRRGGBB and its line width in points. */
    record Shape(
            Path2D.Double path,
            boolean stroke,
            boolean fill,
            int strokeRgb,
            int fillRgb,
            double lineWidth,
            boolean evenOdd)
            implements Item {}

    /** An image (PNG) and the box it fills. */
    record Picture(byte[] png, Rectangle2D box) implements Item {}
}
