package org.gongwen.document;

import java.time.Instant;

/** How one recipient's copy of a sent document stands, as the sender's 发文 list shows it. */
public record DistributionSummary(long unitId, String unitName, RecipientKind kind, int printQuota, String state,
        Instant deliveredAt, Instant signedAt, int printsUsed) {
}
