package org.gongwen.receipt;

import java.time.Instant;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Urgency;
import org.gongwen.receipt.internal.ReceiptChannel;

/**
 * A document received by a unit, as its inbox (收文) lists it.
 *
 * @param unread     nobody of the unit has opened it yet (shown in bold)
 * @param receivedAt the receipt time (A14.2), or null while not yet received
 */
public record InboxEntry(
        long distributionId,
        long documentId,
        long unitId,
        int version,
        String title,
        String docNumber,
        Urgency urgency,
        String senderName,
        RecipientKind kind,
        int printQuota,
        int printsUsed,
        DistributionState state,
        Instant deliveredAt,
        Instant receivedAt,
        ReceiptChannel receivedVia,
        Instant signedAt,
        String signedBy,
        boolean overdue,
        boolean unread) {}
