package org.gongwen.supervision.internal;

import java.util.Arrays;

/**
 * Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank
 * ⌈p·n/100⌉ (1-based), always one of the values themselves, so a hand count can check it.
 */
public final class Percentiles {

    private Percentiles() {}

    public static Double of(double[] values, int percent) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent * sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The same over values already sorted ascending; null when there are none. */
    public static Integer ofSorted(int[] sorted, int percent) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent * sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1];
    }
}
