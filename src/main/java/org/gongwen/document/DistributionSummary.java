package org.gongwen.document;

import java.time.Instant;
import java.util.List;

/**
 * How one recipient's copy of a sent document stands, as the sender's 发文 view shows it: delivered,
 * receipt time (A14.2), signed for, prints used of the quota, returned with its reason, overdue,
 * superseded by a re-sent version, reissue requests waiting for the sender, and the copy numbers
 * (份号) the unit prints, unique per document (A11.2).
 */
public record DistributionSummary(
        long distributionId,
        long unitId,
        String unitName,
        int version,
        RecipientKind kind,
        int printQuota,
        String state,
        Instant deliveredAt,
        Instant receivedAt,
        Instant signedAt,
        int printsUsed,
        int unofficialPrints,
        boolean overdue,
        String returnReason,
        int pendingReissueRequests,
        List<CopyNumberRange> copyNumbers) {

    /** The ranges as the sender reads them: "000001–000003、000010–000011". */
    public String copyNumbersLabel() {
        return String.join("、", copyNumbers.stream().map(CopyNumberRange::label).toList());
    }
}
