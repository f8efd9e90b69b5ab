package org.gongwen.receipt.internal;

import java.time.Instant;
import java.util.List;
import org.gongwen.receipt.InboxEntry;

/** Everything the detail page of a received document shows, apart from the file and the checks. */
public record ReceivedDocument(
        InboxEntry entry,
        String unitName,
        Instant acknowledgedAt,
        Instant returnedAt,
        String returnedBy,
        String returnReason,
        Instant remindedAt,
        Instant overdueAt,
        int unofficialPrints,
        List<PrintRecord> prints,
        List<ReceiptEventInfo> history,
        List<ReissueRequestInfo> reissueRequests,
        List<DeletionRequestInfo> deletionRequests) {

    public int remainingQuota() {
        return Math.max(0, entry.printQuota() - entry.printsUsed());
    }

    public boolean pendingDeletion() {
        return deletionRequests.stream().anyMatch(r -> r.state() == RequestState.PENDING);
    }
}
