package org.gongwen.operations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reported system fault and its timeline (A31). */
@Entity
@Table(name = "operations_incident")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "reporter_unit_id", nullable = false)
    private long reporterUnitId;

    @Column(name = "reporter_unit_name", nullable = false)
    private String reporterUnitName;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "what_broken", nullable = false)
    private String what;

    @Column(name = "broken_since", nullable = false)
    private Instant since;

    @Column(nullable = false)
    private String impact;

    /** Every handling round, in the order they were recorded (round 1 first). */
    @ElementCollection
    @CollectionTable(name = "operations_incident_handling", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "round_no")
    private List<HandlingRound> rounds = new ArrayList<>();

    @Column(name = "paper_from")
    private Instant paperFrom;

    @Column(name = "paper_to")
    private Instant paperTo;

    @Column(name = "restored_at")
    private Instant restoredAt;

    @Column(name = "restored_by")
    private String restoredBy;

    private String notes;

    protected Incident() {}

    public Incident(
            long reporterUnitId,
            String reporterUnitName,
            String reportedBy,
            Instant reportedAt,
            String what,
            Instant since,
            String impact) {
        this.reporterUnitId = reporterUnitId;
        this.reporterUnitName = reporterUnitName;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.what = what;
        this.since = since;
        this.impact = impact;
    }

    public Long getId() {
        return id;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A further handling round: who diagnosed what and did what; earlier rounds stay. */
    public void handled(String by, Instant at, String diagnosis, String actions) {
        rounds.add(new HandlingRound(by, at, diagnosis, actions));
    }

    /** Returns false when paper transmission was already ordered or the fault is already restored. */
    public boolean switchToPaper(Instant at) {
        if (paperFrom != null || restoredAt != null) {
            return false;
        }
        paperFrom = at;
        return true;
    }

    /** Returns whether paper transmission had been ordered and has now ended. */
    public boolean restore(String by, Instant at, String notes) {
        restoredBy = by;
        restoredAt = at;
        this.notes = notes;
        if (paperFrom != null && paperTo == null) {
            paperTo = at;
            return true;
        }
        return false;
    }

    public IncidentInfo info() {
        List<IncidentHandling> handlings = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            handlings.add(rounds.get(i).info(i + 1));
        }
        IncidentHandling latest = handlings.isEmpty()
                ? new IncidentHandling(0, null, null, null, null)
                : handlings.get(handlings.size() - 1);
        return new IncidentInfo(
                id,
                reporterUnitName,
                reportedBy,
                reportedAt,
                what,
                since,
                impact,
                latest.handledBy(),
                latest.handledAt(),
                latest.diagnosis(),
                latest.actions(),
                List.copyOf(handlings),
                paperFrom,
                paperTo,
                restoredAt,
                restoredBy,
                notes);
    }
}
