package org.gongwen.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Scans of paper seal impressions made by the tests: red ink on white paper, with the scan's dpi recorded. */
public final class SampleImpressions {

    private SampleImpressions() {}

    /** A round seal of the given diameter scanned at {@code dpi}, as PNG. */
    public static byte[] roundSealPng(double diameterMm, int dpi) {
        return png(draw(diameterMm, diameterMm, dpi), dpi);
    }

    /** An elliptic stamp (not a round seal), as PNG. */
    public static byte[] ellipsePng(double widthMm, double heightMm, int dpi) {
        return png(draw(widthMm, heightMm, dpi), dpi);
    }

    private static BufferedImage draw(double widthMm, double heightMm, int dpi) {
        double dotsPerMm = dpi / 25.4;
        int w = (int) Math.round((widthMm + 20) * dotsPerMm);
        int h = (int) Math.round((heightMm + 20) * dotsPerMm);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(250, 248, 244));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(200, 30, 40));
        float rim = (float) (1.2 * dotsPerMm);
        g.setStroke(new BasicStroke(rim));
        double rw = widthMm * dotsPerMm;
        double rh = heightMm * dotsPerMm;
        g.drawOval(
                (int) Math.round((w - rw) / 2 + rim / 2),
                (int) Math.round((h - rh) / 2 + rim / 2),
                (int) Math.round(rw - rim),
                (int) Math.round(rh - rim));
        double r = Math.min(rw, rh) / 2 * 0.33;
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.382;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            star.addPoint((int) Math.round(w / 2.0 + radius * Math.cos(angle)), (int)
                    Math.round(h / 2.0 + radius * Math.sin(angle)));
        }
        g.fill(star);
        int blob = (int) Math.round(3 * dotsPerMm);
        for (int i = 0; i < 9; i++) {
            double angle = Math.toRadians(200 + i * 17.5);
            double rx = (rw / 2 - 6 * dotsPerMm);
            double ry = (rh / 2 - 6 * dotsPerMm);
            g.fillRect(
                    (int) Math.round(w / 2.0 + rx * Math.cos(angle) - blob / 2.0),
                    (int) Math.round(h / 2.0 + ry * Math.sin(angle) - blob / 2.0),
                    blob,
                    blob);
        }
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String dotsPerMeter = Integer.toString((int) Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", dotsPerMeter);
            phys.setAttribute("pixelsPerUnitYAxis", dotsPerMeter);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
