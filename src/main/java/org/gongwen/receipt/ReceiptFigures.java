package org.gongwen.receipt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongwen.receipt.internal.Distribution;
import org.gongwen.receipt.internal.DistributionRepository;
import org.gongwen.receipt.internal.ReissueRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt figures for supervision (A5, A16), over the distributions delivered in a period
 * (superseded versions left out: a re-send (重发) counts in their place). No caller check: the
 * supervision module decides who may see them, and its process delegates act for the county office.
 *
 * <p>Two readers count "missed" (漏收) differently, on purpose. The dashboard ({@link #perUnit},
 * {@link #behind}) asks how things stand now: missed is overdue and still unsigned now. An inspection
 * report freezes a past period: from {@link #deliveredFacts} it counts as missed what was unsigned
 * (and not returned) at the period's end, even if it has been signed for since.
 */
@Service
@Transactional(readOnly = true)
public class ReceiptFigures {

    private final DistributionRepository distributions;
    private final ReissueRequestRepository reissues;

    ReceiptFigures(DistributionRepository distributions, ReissueRequestRepository reissues) {
        this.distributions = distributions;
        this.reissues = reissues;
    }

    /** Per recipient unit, for the units that received anything in {@code [from, to)}; missed as of now. */
    public List<UnitReceiptFigures> perUnit(Instant from, Instant to) {
        List<Distribution> all = distributions.delivered(from, to);
        Map<Long, Long> requests = reissueCounts(all);
        Map<Long, List<Distribution>> byUnit = new TreeMap<>();
        all.forEach(d ->
                byUnit.computeIfAbsent(d.getUnitId(), k -> new ArrayList<>()).add(d));
        List<UnitReceiptFigures> figures = new ArrayList<>();
        byUnit.forEach((unitId, rows) -> figures.add(figures(unitId, rows, requests)));
        return figures;
    }

    /** Documents sent and distributions made per day of delivery, in the county's zone. */
    public List<DailyDeliveries> daily(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Set<Long>> documents = new TreeMap<>();
        Map<LocalDate, Long> counts = new HashMap<>();
        for (Distribution d : distributions.delivered(from, to)) {
            LocalDate day = d.getDeliveredAt().atZone(zone).toLocalDate();
            documents.computeIfAbsent(day, k -> new HashSet<>()).add(d.getDocumentId());
            counts.merge(day, 1L, Long::sum);
        }
        return documents.entrySet().stream()
                .map(e -> new DailyDeliveries(e.getKey(), e.getValue().size(), counts.get(e.getKey())))
                .toList();
    }

    /** The receipts behind one figure of one unit, newest first: the drill-down. */
    public List<InboxEntry> behind(long unitId, ReceiptFigure figure, Instant from, Instant to) {
        return distributions.deliveredTo(unitId, from, to).stream()
                .filter(d -> is(d, figure))
                .map(ReceiptService::entry)
                .toList();
    }

    /**
     * The receipt facts (times of delivery, signing, return, overdue) of the distributions delivered in
     * {@code [from, to)}, in unit and delivery order, for a report that counts as of the period's end
     * rather than now: see the class comment for how its "missed" differs from {@link #perUnit}'s.
     */
    public List<DistributionFacts> deliveredFacts(Instant from, Instant to) {
        return distributions.factsDeliveredBetween(from, to, DistributionState.SUPERSEDED);
    }

    static boolean is(Distribution d, ReceiptFigure figure) {
        boolean signed = d.getSignedAt() != null;
        return switch (figure) {
            case DELIVERED -> true;
            case SIGNED_IN_TIME -> signed && !d.isOverdue();
            case SIGNED_LATE -> signed && d.isOverdue();
            case MISSED -> !signed && d.isOverdue() && d.getState() == DistributionState.DELIVERED;
            case WAITING -> !signed && !d.isOverdue() && d.getState() == DistributionState.DELIVERED;
            case RETURNED -> d.getState() == DistributionState.RETURNED;
        };
    }

    private static UnitReceiptFigures figures(long unitId, List<Distribution> rows, Map<Long, Long> requests) {
        List<Long> minutes = rows.stream()
                .filter(d -> d.getSignedAt() != null)
                .map(d -> Duration.between(d.getDeliveredAt(), d.getSignedAt()).toMinutes())
                .sorted()
                .toList();
        return new UnitReceiptFigures(
                unitId,
                rows.size(),
                count(rows, ReceiptFigure.SIGNED_IN_TIME),
                count(rows, ReceiptFigure.SIGNED_LATE),
                count(rows, ReceiptFigure.MISSED),
                count(rows, ReceiptFigure.WAITING),
                count(rows, ReceiptFigure.RETURNED),
                rows.stream()
                        .mapToLong(d -> requests.getOrDefault(d.getId(), 0L))
                        .sum(),
                median(minutes),
                minutes.isEmpty() ? null : minutes.get(minutes.size() - 1),
                rows.stream().mapToLong(Distribution::getPrintsUsed).sum(),
                rows.stream().mapToLong(Distribution::getPrintQuota).sum(),
                rows.stream().mapToLong(Distribution::getUnofficialPrints).sum());
    }

    /** The middle value, or the mean of the two middle ones for an even count (as the inspection report counts). */
    private static Long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static long count(List<Distribution> rows, ReceiptFigure figure) {
        return rows.stream().filter(d -> is(d, figure)).count();
    }

    private Map<Long, Long> reissueCounts(List<Distribution> rows) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = rows.stream().map(Distribution::getId).toList();
        for (int i = 0; i < ids.size(); i += 1_000) {
            reissues.findByDistributionIdInOrderByIdAsc(ids.subList(i, Math.min(ids.size(), i + 1_000)))
                    .forEach(r -> counts.merge(r.getDistributionId(), 1L, Long::sum));
        }
        return counts;
    }
}
