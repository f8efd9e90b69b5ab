package org.gongwen.receipt.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The checks' summary of each document's signed layout for the last half minute. A send to hundreds
 * of units creates one sign-for task per recipient within seconds, each showing the same summary: it
 * is judged once per document and moment, not once per task. The summary is what the checks said when
 * the task was created; the received document's page and the gate at sign-for judge afresh each time.
 * A document stamped again has other layout keys and is judged afresh at once.
 */
final class RecentSummaries {

    /** How long a summary is shown to new tasks, by the machine's clock and by the county's. */
    static final Duration FRESH = Duration.ofSeconds(30);

    private record Summary(String layoutKeys, String text, long madeNanos, Instant madeAt) {

        boolean freshFor(String keys, long nanos, Instant now) {
            return layoutKeys.equals(keys)
                    && nanos - madeNanos < FRESH.toNanos()
                    && !now.isBefore(madeAt)
                    && now.isBefore(madeAt.plus(FRESH));
        }
    }

    private final Map<Long, Summary> summaries = new ConcurrentHashMap<>();

    /** Whether a summary of this document was judged within the last half minute. */
    boolean holds(long documentId) {
        Summary summary = summaries.get(documentId);
        return summary != null && System.nanoTime() - summary.madeNanos() < FRESH.toNanos();
    }

    /**
     * The summary judged for this document and layout within the last half minute, else {@code judge}'s;
     * tasks of the same document created at once wait for the one judging it.
     */
    String of(long documentId, String layoutKeys, Instant now, Supplier<String> judge) {
        long nanos = System.nanoTime();
        summaries.values().removeIf(s -> nanos - s.madeNanos() >= FRESH.toNanos());
        return summaries
                .compute(
                        documentId,
                        (id, earlier) -> earlier != null && earlier.freshFor(layoutKeys, nanos, now)
                                ? earlier
                                : new Summary(layoutKeys, judge.get(), System.nanoTime(), now))
                .text();
    }
}
