package org.gongwen.operations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A row of {@code operations_incident_handling}: one handling round of an incident. */
@Embeddable
class HandlingRound {

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at", nullable = false)
    private Instant handledAt;

    private String diagnosis;

    private String actions;

    protected HandlingRound() {}

    HandlingRound(String handledBy, Instant handledAt, String diagnosis, String actions) {
        this.handledBy = handledBy;
        this.handledAt = handledAt;
        this.diagnosis = diagnosis;
        this.actions = actions;
    }

    IncidentHandling info(int round) {
        return new IncidentHandling(round, handledBy, handledAt, diagnosis, actions);
    }
}
