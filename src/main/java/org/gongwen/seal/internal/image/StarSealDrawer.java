package org.gongwen.seal.internal.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws a round star seal for demo and test units that have no impression scan: red rim, a
 * five-pointed star, the unit name clockwise along the upper arc and an optional straight line under
 * the star, proportioned after 国发〔1999〕25号. It never draws the national emblem: seals that carry
 * it are made from the scanned impression only.
 */
public final class StarSealDrawer {

    static final double RIM_MM = 1.2;
    static final double STAR_RATIO = 0.33;

    private static final double GAP_MM = 0.6;
    private static final double TEXT_HEIGHT_RATIO = 0.30;
    private static final double BOTTOM_HEIGHT_RATIO = 0.18;
    private static final double BOTTOM_CENTRE_RATIO = 0.49;
    /** Noto CJK's ideographic em box reaches 0.88 em above the baseline, so its middle is 0.38 em up. */
    private static final double EM_MIDDLE_ABOVE_BASELINE = 0.38;

    private static final double STAR_INNER_RATIO = Math.sin(Math.toRadians(18)) / Math.sin(Math.toRadians(54));

    public SealImage draw(String unitName, double diameterMm) {
        return draw(unitName, null, diameterMm);
    }

    /** {@code bottomText} may be null or blank for no line under the star. */
    public SealImage draw(String unitName, String bottomText, double diameterMm) {
        if (unitName == null || unitName.isBlank()) {
            throw new IllegalArgumentException("a drawn seal needs the unit name");
        }
        if (!(diameterMm >= 10 && diameterMm <= 100)) {
            throw new IllegalArgumentException("seal diameter out of range: " + diameterMm + " mm");
        }
        double pxPerMm = SealImageMaker.PRINT_DPI / 25.4;
        int size = (int) Math.round(diameterMm * pxPerMm);
        double centre = size / 2.0;
        double radius = size / 2.0;
        double rim = RIM_MM * pxPerMm;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(SealImageMaker.SEAL_RED));
            g.fill(ring(centre, radius, radius - rim));
            g.fill(star(centre, STAR_RATIO * radius));
            ArcText arc = new ArcText(unitName.strip(), radius, radius - rim - GAP_MM * pxPerMm);
            arc.draw(g, centre);
            if (bottomText != null && !bottomText.isBlank()) {
                drawBottomLine(g, bottomText.strip(), centre, radius, arc);
            }
        } finally {
            g.dispose();
        }
        return new SealImage(
                SealPng.encode(image, SealImageMaker.PRINT_DPI), size, diameterMm, SealImageMaker.PRINT_DPI);
    }

    /**
     * A stand-in for a scanned paper impression, for demo units only: the drawn seal stamped on
     * off-white paper with a 10 mm margin, as a 600 dpi PNG that goes through the same checks as
     * a real scan.
     */
    public byte[] demoImpressionScan(String unitName, double diameterMm) {
        SealImage seal = draw(unitName, diameterMm);
        int margin = (int) Math.round(10 * SealImageMaker.PRINT_DPI / 25.4);
        BufferedImage paper =
                new BufferedImage(seal.sizePx() + 2 * margin, seal.sizePx() + 2 * margin, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        try {
            g.setColor(new Color(250, 248, 243));
            g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
            g.drawImage(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(seal.png())), margin, margin, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        return SealPng.encode(paper, SealImageMaker.PRINT_DPI);
    }

    private static Shape ring(double centre, double outer, double inner) {
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(new Ellipse2D.Double(centre - outer, centre - outer, 2 * outer, 2 * outer), false);
        ring.append(new Ellipse2D.Double(centre - inner, centre - inner, 2 * inner, 2 * inner), false);
        return ring;
    }

    /** One point straight up; inner vertices where the edges of a regular pentagram cross. */
    private static Shape star(double centre, double outer) {
        Path2D.Double star = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : outer * STAR_INNER_RATIO;
            double angle = Math.toRadians(-90 + 36 * k);
            double x = centre + r * Math.cos(angle);
            double y = centre + r * Math.sin(angle);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    /** Horizontal line centred under the star, condensed to stay clear of the ends of the arc text. */
    private static void drawBottomLine(Graphics2D g, String text, double centre, double radius, ArcText arc) {
        double height = BOTTOM_HEIGHT_RATIO * radius;
        double gapHalf = Math.toRadians((360 - arc.spanDegrees()) / 2);
        double halfWidth = Math.min(0.62 * radius, arc.centreRadius() * Math.sin(gapHalf) - 0.75 * arc.height());
        Font font = SealFonts.bold().deriveFont((float) height);
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        double advance = glyphs.getLogicalBounds().getWidth();
        double squeeze = Math.min(1, 2 * halfWidth / advance);
        AffineTransform place = new AffineTransform();
        place.translate(centre, centre + BOTTOM_CENTRE_RATIO * radius);
        place.scale(squeeze, 1);
        place.translate(-advance / 2, EM_MIDDLE_ABOVE_BASELINE * height);
        g.fill(place.createTransformedShape(glyphs.getOutline()));
    }

    /**
     * The unit name on the upper arc, characters upright facing outward. Up to eight characters stand
     * at a fixed angular step (filling 240° at eight); longer names spread up to 270° and then get
     * narrower, as engravers condense long names rather than shrink them.
     */
    private static final class ArcText {

        private final int[] characters;
        private final double height;
        private final double centreRadius;
        private final double spanDegrees;
        private final double widthScale;

        ArcText(String name, double radius, double outerRadius) {
            characters = name.codePoints().toArray();
            int n = characters.length;
            spanDegrees = n >= 8 ? Math.min(270, 240 + 5 * (n - 8)) : 240.0 * (n - 1) / 7;
            height = TEXT_HEIGHT_RATIO * radius;
            centreRadius = outerRadius - height / 2;
            double step = n > 1 ? Math.toRadians(spanDegrees / (n - 1)) : Math.PI;
            widthScale = Math.min(1, 0.9 * step * centreRadius / height);
        }

        double spanDegrees() {
            return spanDegrees;
        }

        double centreRadius() {
            return centreRadius;
        }

        double height() {
            return height;
        }

        void draw(Graphics2D g, double centre) {
            Font font = SealFonts.bold().deriveFont((float) height);
            int n = characters.length;
            for (int i = 0; i < n; i++) {
                double degrees = n > 1 ? -spanDegrees / 2 + i * spanDegrees / (n - 1) : 0;
                GlyphVector glyph = font.createGlyphVector(g.getFontRenderContext(), new String(characters, i, 1));
                double advance = glyph.getLogicalBounds().getWidth();
                AffineTransform place = new AffineTransform();
                place.translate(centre, centre);
                place.rotate(Math.toRadians(degrees));
                place.translate(0, -centreRadius);
                place.scale(widthScale, 1);
                place.translate(-advance / 2, EM_MIDDLE_ABOVE_BASELINE * height);
                g.fill(place.createTransformedShape(glyph.getOutline()));
            }
        }
    }
}
