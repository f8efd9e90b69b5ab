package org.gongwen.supervision.internal;

/**
 * The waits at one step of a process: how many wait there now and, of the waits that ended in the
 * period, how many, their median and 90th percentile in working hours (nearest rank; null when
 * none ended). {@code slowest}: the process's step with the longest 90th percentile.
 */
public record StepWaits(
        String activityId,
        String name,
        String type,
        long waitingNow,
        long ended,
        Double medianHours,
        Double p90Hours,
        boolean slowest) {

    StepWaits asSlowest() {
        return new StepWaits(activityId, name, type, waitingNow, ended, medianHours, p90Hours, true);
    }
}
