package org.gongwen.seal.internal.image;

import static org.gongwen.shared.BusinessException.invalid;

import java.util.Arrays;

/**
 * The circle a seal impression's ink fills: centre and outer radius in scan pixels. Dust specks are
 * dropped first (connected ink under {@value #MIN_BLOB_MM2} mm² on a grid of quarter-millimetre
 * cells); the outer radius is then measured in each of 360 directions, and the impression is round
 * when its bounding box is square and those radii hardly vary.
 */
record InkCircle(double centreX, double centreY, double radius) {

    static final double MIN_BLOB_MM2 = 2.0;
    static final double MAX_ASPECT_DEVIATION = 0.1;
    static final double MAX_RADIUS_VARIATION = 0.06;
    static final int BINS = 360;
    static final int MIN_FILLED_BINS = 324;

    static InkCircle find(InkMap ink, double dotsPerMm) {
        InkGrid grid = InkGrid.of(ink, dotsPerMm, MIN_BLOB_MM2);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (grid.kept(x, y) && ink.isInk(x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            throw invalid("sealImage.error.noInk");
        }
        double width = maxX - minX + 1;
        double height = maxY - minY + 1;
        if (Math.abs(width / height - 1) > MAX_ASPECT_DEVIATION) {
            throw notRound();
        }
        double centreX = (minX + maxX + 1) / 2.0;
        double centreY = (minY + maxY + 1) / 2.0;
        double[] outer = outerRadii(ink, grid, centreX, centreY, Math.min(width, height) / 4);
        double[] filled = Arrays.stream(outer).filter(r -> r > 0).sorted().toArray();
        if (filled.length < MIN_FILLED_BINS || variation(filled) > MAX_RADIUS_VARIATION) {
            throw notRound();
        }
        return new InkCircle(centreX, centreY, filled[filled.length / 2]);
    }

    /** Outermost ink distance (to the pixel's far edge) per degree; pixels near the centre are skipped. */
    private static double[] outerRadii(InkMap ink, InkGrid grid, double centreX, double centreY, double skip) {
        double[] outer = new double[BINS];
        double skipSquared = skip * skip;
        for (int y = 0; y < ink.height(); y++) {
            double dy = y + 0.5 - centreY;
            for (int x = 0; x < ink.width(); x++) {
                double dx = x + 0.5 - centreX;
                double squared = dx * dx + dy * dy;
                if (squared < skipSquared || !grid.kept(x, y) || !ink.isInk(x, y)) {
                    continue;
                }
                int bin = (int) ((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI) * BINS) % BINS;
                outer[bin] = Math.max(outer[bin], Math.sqrt(squared) + 0.5);
            }
        }
        return outer;
    }

    private static double variation(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double variance = Arrays.stream(values)
                .map(v -> (v - mean) * (v - mean))
                .average()
                .orElse(0);
        return Math.sqrt(variance) / mean;
    }

    private static RuntimeException notRound() {
        return invalid("sealImage.error.notRound");
    }
}
