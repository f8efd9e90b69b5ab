package org.gongwen.seal.internal.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Scans of seal impressions made up in code: paper with noise, and ink shaped like a star seal. */
final class SyntheticScans {

    static final Color RED_INK = new Color(205, 35, 45);
    static final Color BLACK_INK = new Color(35, 35, 40);
    static final Color WHITE_PAPER = new Color(246, 244, 240);
    static final Color GREY_PAPER = new Color(205, 203, 198);

    private SyntheticScans() {}

    static double dotsPerMm(double dpi) {
        return dpi / 25.4;
    }

    /** A star seal of the given size, centred at (centreX, centreY) mm on a page, rotated a little. */
    static BufferedImage seal(
            double pageMm,
            double centreXMm,
            double centreYMm,
            double diameterMm,
            double heightMm,
            double dpi,
            double rotationDegrees,
            Color paper,
            Color ink) {
        double px = dotsPerMm(dpi);
        int size = (int) Math.round(pageMm * px);
        BufferedImage image = paper(size, size, paper);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(ink);
        g.translate(centreXMm * px, centreYMm * px);
        g.rotate(Math.toRadians(rotationDegrees));
        g.scale(px, px * heightMm / diameterMm);
        double r = diameterMm / 2;
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Ellipse2D.Double(-r + 0.6, -r + 0.6, 2 * r - 1.2, 2 * r - 1.2));
        g.fill(star(0.33 * r));
        for (int i = 0; i < 10; i++) {
            AffineTransform saved = g.getTransform();
            g.rotate(Math.toRadians(-120 + i * 240.0 / 9));
            g.fill(new Rectangle2D.Double(-1.6, -r + 2.2, 3.2, 0.6));
            g.fill(new Rectangle2D.Double(-0.3, -r + 2.2, 0.6, 5.5));
            g.fill(new Rectangle2D.Double(-1.4, -r + 5, 2.8, 0.5));
            g.setTransform(saved);
        }
        g.dispose();
        addNoise(image, 6, 42);
        return image;
    }

    static BufferedImage seal(double diameterMm, double dpi) {
        return seal(
                diameterMm + 12,
                diameterMm / 2 + 6,
                diameterMm / 2 + 6,
                diameterMm,
                diameterMm,
                dpi,
                7,
                WHITE_PAPER,
                RED_INK);
    }

    static BufferedImage blank(int width, int height) {
        BufferedImage image = paper(width, height, WHITE_PAPER);
        addNoise(image, 6, 7);
        return image;
    }

    private static BufferedImage paper(int width, int height, Color paper) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static Path2D star(double outer) {
        Path2D.Double star = new Path2D.Double();
        double inner = outer * 0.382;
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double angle = Math.toRadians(-90 + 36 * k);
            if (k == 0) {
                star.moveTo(r * Math.cos(angle), r * Math.sin(angle));
            } else {
                star.lineTo(r * Math.cos(angle), r * Math.sin(angle));
            }
        }
        star.closePath();
        return star;
    }

    private static void addNoise(BufferedImage image, int amplitude, long seed) {
        Random random = new Random(seed);
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(2 * amplitude + 1) - amplitude;
                int r = clamp((row[x] >> 16 & 0xFF) + n);
                int g = clamp((row[x] >> 8 & 0xFF) + n);
                int b = clamp((row[x] & 0xFF) + n);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
