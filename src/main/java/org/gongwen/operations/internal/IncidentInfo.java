package org.gongwen.operations.internal;

import java.time.Instant;
import java.util.List;

/**
 * A reported fault and its timeline (A31). Paper transmission is on while {@link #paperMode()}.
 * {@code handlings} holds every handling round in the order recorded; {@code handledBy}, {@code handledAt},
 * {@code diagnosis} and {@code actions} repeat the latest one, as the API gave them before rounds were kept.
 */
public record IncidentInfo(
        long id,
        String reporterUnitName,
        String reportedBy,
        Instant reportedAt,
        String what,
        Instant since,
        String impact,
        String handledBy,
        Instant handledAt,
        String diagnosis,
        String actions,
        List<IncidentHandling> handlings,
        Instant paperFrom,
        Instant paperTo,
        Instant restoredAt,
        String restoredBy,
        String notes) {

    public boolean restored() {
        return restoredAt != null;
    }

    public boolean paperMode() {
        return paperFrom != null && paperTo == null;
    }
}
