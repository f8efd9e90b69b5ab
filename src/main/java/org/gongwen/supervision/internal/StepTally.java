package org.gongwen.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.supervision.internal.ProcessHistoryQueries.StepVisit;

/**
 * Tallies the visits of one process's wait steps: how many wait now, and of the waits that ended,
 * how many and their median and 90th percentile in working hours.
 */
public final class StepTally {

    private final WorkingHours hours;
    private final Map<String, Step> steps = new LinkedHashMap<>();

    public StepTally(WorkingHours hours, List<String[]> modelSteps) {
        this.hours = hours;
        modelSteps.forEach(s -> steps.put(s[0], new Step(s[0], ProcessModels.plainName(s[1]), s[2])));
    }

    public void add(StepVisit visit) {
        Step step = steps.computeIfAbsent(
                visit.activityId(), id -> new Step(id, ProcessModels.plainName(visit.name()), visit.type()));
        if (visit.end() == null) {
            step.waitingNow++;
        } else {
            step.waited.add(hours.hours(visit.start(), visit.end()));
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps.values());
    }

    /** One step's tally. */
    public static final class Step {

        public final String activityId;
        public final String name;
        public final String type;
        long waitingNow;
        final List<Double> waited = new ArrayList<>();

        Step(String activityId, String name, String type) {
            this.activityId = activityId;
            this.name = name == null || name.isBlank() ? activityId : name;
            this.type = type;
        }

        public long waitingNow() {
            return waitingNow;
        }

        public long ended() {
            return waited.size();
        }

        public Double percentile(int percent) {
            return Percentiles.of(
                    waited.stream().mapToDouble(Double::doubleValue).toArray(), percent);
        }
    }
}
