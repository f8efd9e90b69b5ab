package org.gongwen.operations;

import java.time.Instant;

/** A reported fault and its timeline (A31). Paper transmission is on while {@link #paperMode()}. */
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
