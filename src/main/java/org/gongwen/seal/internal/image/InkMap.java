package org.gongwen.seal.internal.image;

import java.awt.image.BufferedImage;

/**
 * How strongly each pixel of a scan looks like seal ink. The score is the larger of redness (red ink)
 * and darkness (a black or blue scan), so the same code takes both; the ink threshold is found by
 * Otsu's method over the score histogram.
 */
final class InkMap {

    /** Scores below this are paper however the histogram falls, so a blank page has no ink. */
    static final int NEAR_WHITE = 48;

    private static final int BAND_ROWS = 64;

    private final int width;
    private final int height;
    private final byte[] scores;
    private final int threshold;
    private final int[] strength = new int[256];

    private InkMap(int width, int height, byte[] scores, int[] histogram) {
        this.width = width;
        this.height = height;
        this.scores = scores;
        this.threshold = Math.max(otsu(histogram), NEAR_WHITE);
        double paper = mean(histogram, 0, threshold);
        double ink = mean(histogram, threshold, 256);
        // alpha ramps from halfway between paper and threshold up to the typical ink score,
        // which keeps anti-aliased edges and uneven inking without keeping paper texture
        double low = Math.max((paper + threshold) / 2, NEAR_WHITE / 2.0);
        double high = Math.max(ink, low + 1);
        for (int s = 0; s < 256; s++) {
            strength[s] = (int) Math.round(Math.min(1, Math.max(0, (s - low) / (high - low))) * 255);
        }
    }

    static InkMap of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] scores = new byte[width * height];
        int[] histogram = new int[256];
        int[] band = new int[width * BAND_ROWS];
        for (int y0 = 0; y0 < height; y0 += BAND_ROWS) {
            int rows = Math.min(BAND_ROWS, height - y0);
            image.getRGB(0, y0, width, rows, band, 0, width);
            int offset = y0 * width;
            for (int i = 0, n = rows * width; i < n; i++) {
                int score = score(band[i]);
                scores[offset + i] = (byte) score;
                histogram[score]++;
            }
        }
        return new InkMap(width, height, scores, histogram);
    }

    /** Transparent pixels count as white paper. */
    private static int score(int argb) {
        int a = argb >>> 24;
        int r = over(argb >> 16 & 0xFF, a);
        int g = over(argb >> 8 & 0xFF, a);
        int b = over(argb & 0xFF, a);
        int redness = r - Math.max(g, b);
        int darkness = 255 - (299 * r + 587 * g + 114 * b) / 1000;
        return Math.max(0, Math.max(redness, darkness));
    }

    private static int over(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    /**
     * Otsu's threshold, returned as the lowest ink score. Where a range of thresholds separates the
     * classes equally well (an empty gap in the histogram) it takes the middle of the range rather
     * than the first value, which would sit right on the paper noise.
     */
    static int otsu(int[] histogram) {
        long total = 0;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            total += histogram[i];
            sumAll += (double) i * histogram[i];
        }
        long countBelow = 0;
        double sumBelow = 0;
        double best = -1;
        int first = 0;
        int last = 0;
        for (int t = 0; t < 255; t++) {
            countBelow += histogram[t];
            sumBelow += (double) t * histogram[t];
            long countAbove = total - countBelow;
            if (countBelow == 0 || countAbove == 0) {
                continue;
            }
            double difference = sumBelow / countBelow - (sumAll - sumBelow) / countAbove;
            double between = (double) countBelow * countAbove * difference * difference;
            if (between > best) {
                best = between;
                first = t;
                last = t;
            } else if (between == best) {
                last = t;
            }
        }
        return (first + last) / 2 + 1;
    }

    private static double mean(int[] histogram, int from, int to) {
        long count = 0;
        double sum = 0;
        for (int i = from; i < to; i++) {
            count += histogram[i];
            sum += (double) i * histogram[i];
        }
        return count == 0 ? from : sum / count;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean isInk(int x, int y) {
        return (scores[y * width + x] & 0xFF) >= threshold;
    }

    /** Ink strength 0–255 at a pixel; 0 outside the image. */
    int strength(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        return strength[scores[y * width + x] & 0xFF];
    }
}
