package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.gongwen.document.IssuedDocuments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which 份号 each recipient unit prints, unique per document (A11.2). The sender's printing plan,
 * the document's recipients in their order, gives each unit a range: the first unit 1..quota1, the
 * next quota1+1..quota1+quota2, and so on; a re-sent version or extra copies get a new range after
 * every number the document holds. A print takes the lowest number of its distribution's ranges that
 * no attempt holds.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CopyRanges {

    private final CopyRangeRepository ranges;
    private final DistributionRepository distributions;
    private final PrintLogRepository printLog;
    private final IssuedDocuments documents;
    private final Clock clock;

    CopyRanges(
            CopyRangeRepository ranges,
            DistributionRepository distributions,
            PrintLogRepository printLog,
            IssuedDocuments documents,
            Clock clock) {
        this.ranges = ranges;
        this.distributions = distributions;
        this.printLog = printLog;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * The range of a distribution of the first version, just created: where its unit stands in the
     * sender's plan (the document's recipients in order); a unit not in the plan gets a new range.
     */
    public void planned(Distribution d) {
        OptionalInt before = documents.copiesPlannedBefore(d.getDocumentId(), d.getUnitId());
        if (before.isPresent()) {
            ranges.save(new CopyRange(
                    d.getDocumentId(), d.getId(), before.getAsInt() + 1, d.getPrintQuota(), clock.instant()));
        } else {
            grant(d, d.getPrintQuota());
        }
    }

    /**
     * {@code copies} more numbers for {@code d}, after the highest the document's plan, ranges and
     * print log hold. Grants for one document wait for each other on its distributions' write locks;
     * the unique key on a range's first number guards them as well.
     */
    public void grant(Distribution d, int copies) {
        distributions.lockByDocumentId(d.getDocumentId());
        int planned = documents.copiesPlanned(d.getDocumentId());
        int highest = Stream.of(planned, ranges.highestOf(d.getDocumentId()), printLog.highestCopyOf(d.getDocumentId()))
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        ranges.save(new CopyRange(d.getDocumentId(), d.getId(), highest + 1, copies, clock.instant()));
    }

    /**
     * The lowest number of {@code d}'s ranges not in {@code held}; null when {@code held} fills the
     * quota or the ranges are used up (what is printed then has no legal force).
     */
    public Integer next(Distribution d, Set<Integer> held) {
        if (held.size() >= d.getPrintQuota()) {
            return null;
        }
        return ranges.findByDistributionIdOrderByFirstCopyAsc(d.getId()).stream()
                .flatMapToInt(CopyRange::numbers)
                .filter(n -> !held.contains(n))
                .boxed()
                .findFirst()
                .orElse(null);
    }
}
