package org.gongwen.document;

import java.time.Instant;

/**
 * How one recipient's copy of a sent document stands, as the sender's 发文 view shows it: delivered,
 * receipt time (A14.2), signed for, prints used of the quota, returned with its reason, overdue,
 * superseded by a re-sent version, and reissue requests waiting for the sender.
 */
public record DistributionSummary(long distributionId, long unitId, String unitName, int version, RecipientKind kind,
        int printQuota, String state, Instant deliveredAt, Instant receivedAt, Instant signedAt, int printsUsed,
        int unofficialPrints, boolean overdue, String returnReason, int pendingReissueRequests) {
}
