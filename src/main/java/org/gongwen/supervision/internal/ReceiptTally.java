package org.gongwen.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwen.receipt.DistributionFacts;

/**
 * The counting behind a report (A16), per unit, for distributions delivered in the period:
 * signed for by the period's end in time or late (overdue flag, or signed after the overdue
 * deadline), returned (退回) by then, or missed (none of these by the period's end).
 */
public record ReceiptTally(
        long unitId,
        int delivered,
        int signedInTime,
        int signedLate,
        int missed,
        int returned,
        Duration median,
        Duration slowest,
        Set<String> lateSigners) {

    public static List<ReceiptTally> perUnit(List<DistributionFacts> facts, Instant periodEnd) {
        Map<Long, List<DistributionFacts>> byUnit = new LinkedHashMap<>();
        facts.forEach(
                f -> byUnit.computeIfAbsent(f.unitId(), u -> new ArrayList<>()).add(f));
        return byUnit.entrySet().stream()
                .map(e -> of(e.getKey(), e.getValue(), periodEnd))
                .toList();
    }

    static ReceiptTally of(long unitId, List<DistributionFacts> facts, Instant periodEnd) {
        int inTime = 0;
        int late = 0;
        int missed = 0;
        int returned = 0;
        List<Duration> times = new ArrayList<>();
        Set<String> lateSigners = new LinkedHashSet<>();
        for (DistributionFacts f : facts) {
            if (before(f.signedAt(), periodEnd)) {
                times.add(Duration.between(f.deliveredAt(), f.signedAt()));
                if (late(f)) {
                    late++;
                    if (f.signedBy() != null) {
                        lateSigners.add(f.signedBy());
                    }
                } else {
                    inTime++;
                }
            } else if (before(f.returnedAt(), periodEnd)) {
                returned++;
            } else {
                missed++;
            }
        }
        times.sort(null);
        return new ReceiptTally(
                unitId,
                facts.size(),
                inTime,
                late,
                missed,
                returned,
                median(times),
                times.isEmpty() ? null : times.get(times.size() - 1),
                lateSigners);
    }

    static boolean late(DistributionFacts f) {
        return f.overdue() || f.overdueAt() != null && f.signedAt().isAfter(f.overdueAt());
    }

    /** The middle time, or the mean of the two middle ones (whole seconds); null when nothing was signed for. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static boolean before(Instant at, Instant end) {
        return at != null && at.isBefore(end);
    }
}
