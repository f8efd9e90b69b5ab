package org.gongwen.supervision.internal;

import java.util.Arrays;

/**
 * The waits at one step of one process, of a day or a period: how many wait there now, and the
 * working minutes of each wait that ended. Name and type as the history recorded them (for a step
 * that the latest model no longer has).
 */
public final class StepSample {

    private static final int[] NONE = new int[0];

    public final String processKey;
    public final String activityId;
    public final String name;
    public final String type;
    private long waitingNow;
    private int[] minutes = NONE;
    private int ended;

    StepSample(String processKey, String activityId, String name, String type) {
        this.processKey = processKey;
        this.activityId = activityId;
        this.name = name;
        this.type = type;
    }

    void addWaiting() {
        waitingNow++;
    }

    void addEnded(long workingMinutes) {
        grow(1);
        minutes[ended++] = (int) Math.min(Integer.MAX_VALUE, workingMinutes);
    }

    void addAll(StepSample other) {
        waitingNow += other.waitingNow;
        grow(other.ended);
        System.arraycopy(other.minutes, 0, minutes, ended, other.ended);
        ended += other.ended;
    }

    /** A copy that holds no spare room, for remembering. */
    StepSample trimmed() {
        StepSample copy = new StepSample(processKey, activityId, name, type);
        copy.waitingNow = waitingNow;
        copy.minutes = Arrays.copyOf(minutes, ended);
        copy.ended = ended;
        return copy;
    }

    public long waitingNow() {
        return waitingNow;
    }

    public int ended() {
        return ended;
    }

    /** The ended waits' working minutes, sorted ascending (a copy). */
    public int[] sortedMinutes() {
        int[] sorted = Arrays.copyOf(minutes, ended);
        Arrays.sort(sorted);
        return sorted;
    }

    private void grow(int more) {
        if (ended + more > minutes.length) {
            minutes = Arrays.copyOf(minutes, Math.max(ended + more, Math.max(8, minutes.length * 2)));
        }
    }
}
