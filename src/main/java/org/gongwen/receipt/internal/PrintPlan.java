package org.gongwen.receipt.internal;

/**
 * What the next print will be, shown before printing: the {@code ordinal}-th official copy of
 * {@code printQuota}, with 份号 {@code copyNumber} (unique per document, from the unit's range), or
 * (copyNumber null) a copy without legal force.
 */
public record PrintPlan(Integer copyNumber, int ordinal, int printQuota) {

    public boolean official() {
        return copyNumber != null;
    }
}
