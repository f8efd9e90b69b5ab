package org.gongwen.supervision.internal;

import java.util.List;

/** The waits that ended on one day, per step in working minutes, and how many they were. */
record DayWaits(long count, List<StepSample> steps) {

    /** What the day takes in memory, in remembered waits. */
    long size() {
        return steps.size() + steps.stream().mapToLong(StepSample::ended).sum();
    }
}
