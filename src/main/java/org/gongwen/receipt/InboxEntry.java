package org.gongwen.receipt;

import java.time.Instant;
import org.gongwen.document.RecipientKind;

/** A document received by the caller's unit, as its inbox (收文) lists it. */
public record InboxEntry(long distributionId, long documentId, String title, String docNumber, RecipientKind kind,
        int printQuota, DistributionState state, Instant deliveredAt, Instant signedAt) {
}
