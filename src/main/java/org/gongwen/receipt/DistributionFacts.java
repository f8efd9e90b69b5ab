package org.gongwen.receipt;

import java.time.Instant;

/**
 * The receipt facts of one distribution that supervision counts (A16): when it was delivered,
 * signed for and by whom, and whether and when it became overdue.
 */
public record DistributionFacts(
        long id,
        long documentId,
        long unitId,
        int version,
        String title,
        String docNumber,
        Long senderUnitId,
        DistributionState state,
        Instant deliveredAt,
        Instant receivedAt,
        Instant signedAt,
        String signedBy,
        boolean overdue,
        Instant overdueAt,
        Instant returnedAt) {}
