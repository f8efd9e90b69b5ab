package org.gongwen.supervision.internal;

import java.util.List;

/**
 * One deployed process in a period: instances started and completed in it, running now, and each
 * step where instances wait (user task, timer, message or receive wait, called process).
 */
public record ProcessFigures(
        String key, String name, long started, long running, long completed, List<StepWaits> steps) {

    /** The step whose 90th percentile wait is longest, if any step has completed waits. */
    public StepWaits slowest() {
        return steps.stream().filter(StepWaits::slowest).findFirst().orElse(null);
    }

    public long waiting() {
        return steps.stream().mapToLong(StepWaits::waitingNow).sum();
    }
}
