package org.gongwen.seal.internal.image;

/** The outer diameter a seal of some kind must have, in millimetres, both bounds included. */
public record DiameterRule(double minMm, double maxMm) {

    public DiameterRule {
        if (!(minMm > 0 && minMm <= maxMm)) {
            throw new IllegalArgumentException("diameter rule needs 0 < min <= max, got " + minMm + ".." + maxMm);
        }
    }
}
