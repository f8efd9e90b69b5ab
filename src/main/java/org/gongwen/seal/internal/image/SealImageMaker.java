package org.gongwen.seal.internal.image;

import static org.gongwen.shared.BusinessException.invalid;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Makes the production seal image from an impression scan: finds the ink, checks that it is round and
 * of the allowed size, crops it to the circle and scales it to print resolution, with the paper made
 * transparent and the ink turned seal red, its alpha following the ink strength.
 */
public final class SealImageMaker {

    public static final int PRINT_DPI = 600;

    static final int SEAL_RED = 0xE60012;

    private static final double MM_PER_INCH = 25.4;

    public SealImage fromScan(ImpressionScan scan, DiameterRule rule) {
        InkMap ink = InkMap.of(scan.image());
        InkCircle circle = InkCircle.find(ink, scan.dotsPerMm());
        double diameterMm = 2 * circle.radius() / scan.dotsPerMm();
        if (diameterMm < rule.minMm()) {
            throw invalid("sealImage.error.tooSmall", formatMm(diameterMm), rule.minMm());
        }
        if (diameterMm > rule.maxMm()) {
            throw invalid("sealImage.error.tooLarge", formatMm(diameterMm), rule.maxMm());
        }
        int size = (int) Math.round(diameterMm / MM_PER_INCH * PRINT_DPI);
        BufferedImage image = render(ink, circle, size);
        return new SealImage(SealPng.encode(image, PRINT_DPI), size, diameterMm, PRINT_DPI);
    }

    private static String formatMm(double mm) {
        return String.format(Locale.ROOT, "%.1f", mm);
    }

    /**
     * Each output pixel averages k×k bilinear samples of the ink strength, k being the scale factor
     * rounded up, so a scan finer than print resolution is area-averaged rather than aliased. The
     * circle's own edge is anti-aliased too.
     */
    private static BufferedImage render(InkMap ink, InkCircle circle, int size) {
        double scale = 2 * circle.radius() / size;
        int samples = Math.max(1, (int) Math.ceil(scale));
        double half = size / 2.0;
        int[] pixels = new int[size * size];
        for (int oy = 0; oy < size; oy++) {
            for (int ox = 0; ox < size; ox++) {
                double dx = ox + 0.5 - half;
                double dy = oy + 0.5 - half;
                double edge = Math.min(1, half + 0.5 - Math.sqrt(dx * dx + dy * dy));
                double alpha = 0;
                if (edge > 0) {
                    double sum = 0;
                    for (int sy = 0; sy < samples; sy++) {
                        double y = circle.centreY() + (oy + (sy + 0.5) / samples - half) * scale;
                        for (int sx = 0; sx < samples; sx++) {
                            double x = circle.centreX() + (ox + (sx + 0.5) / samples - half) * scale;
                            sum += bilinear(ink, x, y);
                        }
                    }
                    alpha = sum / (samples * samples) * edge;
                }
                // transparent pixels keep the red too, so a viewer that scales the PNG without
                // premultiplying does not darken the seal's edge
                pixels[oy * size + ox] = (int) Math.round(alpha) << 24 | SEAL_RED;
            }
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, size, size, pixels, 0, size);
        return image;
    }

    private static double bilinear(InkMap ink, double x, double y) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double tx = fx - x0;
        double ty = fy - y0;
        double top = ink.strength(x0, y0) * (1 - tx) + ink.strength(x0 + 1, y0) * tx;
        double bottom = ink.strength(x0, y0 + 1) * (1 - tx) + ink.strength(x0 + 1, y0 + 1) * tx;
        return top * (1 - ty) + bottom * ty;
    }
}
