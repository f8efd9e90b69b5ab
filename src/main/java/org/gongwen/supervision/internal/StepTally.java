package org.gongwen.supervision.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies the waits at one process's steps: how many wait now, and of the waits that ended, how
 * many and their median and 90th percentile in working hours (nearest rank over whole minutes).
 */
public final class StepTally {

    private final Map<String, Step> steps = new LinkedHashMap<>();

    public StepTally(List<String[]> modelSteps) {
        modelSteps.forEach(s -> steps.put(s[0], new Step(s[0], ProcessModels.plainName(s[1]), s[2])));
    }

    public void add(StepSample sample) {
        Step step = steps.computeIfAbsent(
                sample.activityId, id -> new Step(id, ProcessModels.plainName(sample.name), sample.type));
        step.waits.addAll(sample);
    }

    public List<Step> steps() {
        return List.copyOf(steps.values());
    }

    /** One step's tally. */
    public static final class Step {

        public final String activityId;
        public final String name;
        public final String type;
        final StepSample waits;
        private int[] sorted;

        Step(String activityId, String name, String type) {
            this.activityId = activityId;
            this.name = name == null || name.isBlank() ? activityId : name;
            this.type = type;
            this.waits = new StepSample(null, activityId, name, type);
        }

        public long waitingNow() {
            return waits.waitingNow();
        }

        public long ended() {
            return waits.ended();
        }

        public Double percentile(int percent) {
            if (sorted == null) {
                sorted = waits.sortedMinutes();
            }
            Integer minutes = Percentiles.ofSorted(sorted, percent);
            return minutes == null ? null : minutes / 60.0;
        }
    }
}
