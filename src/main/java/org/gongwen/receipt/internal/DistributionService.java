package org.gongwen.receipt.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongwen.document.CopyNumberRange;
import org.gongwen.document.DistributionLookup;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.SendProgress;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DistributionState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sender's view of a sent document's distributions, for the document module's 发文 list. */
@Service
@Transactional(readOnly = true)
public class DistributionService implements DistributionLookup {

    private final DistributionRepository distributions;
    private final ReissueRequestRepository reissues;
    private final CopyRangeRepository copyRanges;
    private final OrganizationService organization;

    public DistributionService(
            DistributionRepository distributions,
            ReissueRequestRepository reissues,
            CopyRangeRepository copyRanges,
            OrganizationService organization) {
        this.distributions = distributions;
        this.copyRanges = copyRanges;
        this.reissues = reissues;
        this.organization = organization;
    }

    /**
     * How every recipient's copy of a document stands, older versions included. No caller check:
     * the document module, which decides who may see a document it sent, asks on the caller's behalf.
     */
    @Override
    public List<DistributionSummary> of(long documentId) {
        List<Distribution> all = distributions.findByDocumentIdOrderByIdAsc(documentId);
        Map<Long, Long> pending = all.isEmpty()
                ? Map.of()
                : reissues
                        .findByDistributionIdInOrderByIdAsc(
                                all.stream().map(Distribution::getId).toList())
                        .stream()
                        .filter(r -> r.getState() == RequestState.PENDING)
                        .collect(Collectors.groupingBy(ReissueRequest::getDistributionId, Collectors.counting()));
        Map<Long, List<CopyNumberRange>> ranges = all.isEmpty()
                ? Map.of()
                : copyRanges
                        .findByDistributionIdInOrderByFirstCopyAsc(
                                all.stream().map(Distribution::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                CopyRange::getDistributionId,
                                Collectors.mapping(CopyRange::info, Collectors.toList())));
        return all.stream()
                .map(d -> summary(
                        d, pending.getOrDefault(d.getId(), 0L).intValue(), ranges.getOrDefault(d.getId(), List.of())))
                .toList();
    }

    @Override
    public Map<Long, SendProgress> progress(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : distributions.countByDocumentAndState(documentIds)) {
            int[] c = counts.computeIfAbsent((Long) row[0], id -> new int[3]);
            int n = ((Number) row[2]).intValue();
            c[0] += n;
            if (row[1] == DistributionState.SIGNED) {
                c[1] += n;
            } else if (row[1] == DistributionState.RETURNED) {
                c[2] += n;
            }
        }
        Map<Long, SendProgress> progress = new HashMap<>();
        counts.forEach((id, c) -> progress.put(id, new SendProgress(c[0], c[1], c[2])));
        return progress;
    }

    private DistributionSummary summary(Distribution d, int pendingReissues, List<CopyNumberRange> copyNumbers) {
        String unitName =
                organization.unit(d.getUnitId()).map(UnitInfo::fullName).orElse(String.valueOf(d.getUnitId()));
        return new DistributionSummary(
                d.getId(),
                d.getUnitId(),
                unitName,
                d.getVersion(),
                d.getKind(),
                d.getPrintQuota(),
                d.getState().name(),
                d.getDeliveredAt(),
                d.getReceivedAt(),
                d.getSignedAt(),
                d.getPrintsUsed(),
                d.getUnofficialPrints(),
                d.isOverdue(),
                d.getReturnReason(),
                pendingReissues,
                copyNumbers);
    }
}
