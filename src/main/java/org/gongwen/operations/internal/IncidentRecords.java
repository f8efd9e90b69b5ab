package org.gongwen.operations.internal;

import java.time.Clock;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes the incident timeline as the {@code system-fault} process moves on (A31). */
@Component
public class IncidentRecords {

    private final IncidentRepository incidents;
    private final Clock clock;

    IncidentRecords(IncidentRepository incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @Transactional
    public void handled(long incidentId, String by, String diagnosis, String actions) {
        find(incidentId).handled(by, clock.instant(), diagnosis, actions);
    }

    /** Returns false if paper transmission was already ordered, so a repeated timer tells nobody twice. */
    @Transactional
    public boolean switchToPaper(long incidentId) {
        return find(incidentId).switchToPaper(clock.instant());
    }

    @Transactional
    public IncidentInfo restore(long incidentId, String by, String notes) {
        Incident incident = find(incidentId);
        incident.restore(by, clock.instant(), notes);
        return incident.info();
    }

    @Transactional(readOnly = true)
    public IncidentInfo info(long incidentId) {
        return find(incidentId).info();
    }

    private Incident find(long incidentId) {
        return incidents
                .findById(incidentId)
                .orElseThrow(() -> BusinessException.notFound("incident.error.notFound", incidentId));
    }
}
