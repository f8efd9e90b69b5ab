package org.gongwen.pdf.internal.ofd;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The outlines of the digits 0–9 in the bundled 仿宋 face (FandolFang) as OFD path data (GB/T 33190 9.3.5) in
 * millimetres, y downwards. The 份号 is drawn with them because an OFD's embedded fonts are subsets holding only
 * the glyphs its text uses, which may lack the digits of a copy number.
 */
final class DigitOutlines {

    private static final String FACE = "/fonts/FandolFang-Regular.otf";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static volatile Font face;

    private DigitOutlines() {}

    /** {@code digit} at {@code sizeMm}, its origin at x 0 and its baseline at {@code baselineMm}. */
    static String of(char digit, double sizeMm, double baselineMm) {
        if (digit < '0' || digit > '9') {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        Shape outline = face().deriveFont((float) sizeMm)
                .createGlyphVector(CONTEXT, String.valueOf(digit))
                .getGlyphOutline(0);
        StringBuilder data = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = outline.getPathIterator(AffineTransform.getTranslateInstance(0, baselineMm));
                !it.isDone();
                it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> data.append("M ").append(points(c, 1));
                case PathIterator.SEG_LINETO -> data.append("L ").append(points(c, 1));
                case PathIterator.SEG_QUADTO -> data.append("Q ").append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> data.append("B ").append(points(c, 3));
                default -> data.append("C ");
            }
        }
        return data.toString().trim();
    }

    private static String points(double[] c, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count * 2; i++) {
            s.append(String.format(Locale.ROOT, "%.3f", c[i]).replaceFirst("\\.?0+$", ""))
                    .append(' ');
        }
        return s.toString();
    }

    private static Font face() {
        Font loaded = face;
        if (loaded == null) {
            try (InputStream in = DigitOutlines.class.getResourceAsStream(FACE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled face " + FACE + " is missing");
                }
                loaded = Font.createFont(Font.TRUETYPE_FONT, in);
                face = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return loaded;
    }
}
