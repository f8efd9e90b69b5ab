package org.gongwen.receipt;

/**
 * What the next print will be, shown before printing: official copy {@code copyNumber} of
 * {@code printQuota}, or (copyNumber null) a copy without legal force.
 */
public record PrintPlan(Integer copyNumber, int printQuota) {

    public boolean official() {
        return copyNumber != null;
    }
}
