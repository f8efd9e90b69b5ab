package org.gongwen.receipt.internal;

import java.time.Instant;
import org.gongwen.receipt.DistributionState;

/**
 * Filters of the inbox: free text matched against title, document number and sender; state;
 * overdue or unread only; delivered after {@code since} (the office-system interface polls with it).
 */
public record InboxQuery(String text, DistributionState state, boolean overdueOnly, boolean unreadOnly, Instant since) {

    public static InboxQuery all() {
        return new InboxQuery(null, null, false, false, null);
    }

    public static InboxQuery since(Instant since) {
        return new InboxQuery(null, null, false, false, since);
    }
}
