package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongwen.shared.BusinessException;

/** A clerk's request to delete a received document; the unit's leader in charge decides (A9.2). */
@Entity
@Table(name = "receipt_deletion_request")
public class DeletionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected DeletionRequest() {}

    public DeletionRequest(long distributionId, String reason, String requestedBy, Instant requestedAt) {
        this.distributionId = distributionId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = RequestState.PENDING;
    }

    public void decide(boolean approved, String by, String decisionReason, Instant at) {
        if (state != RequestState.PENDING) {
            throw BusinessException.conflict("deletion.error.decided");
        }
        this.state = approved ? RequestState.APPROVED : RequestState.REFUSED;
        this.decidedBy = by;
        this.decisionReason = decisionReason;
        this.decidedAt = at;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public DeletionRequestInfo info() {
        return new DeletionRequestInfo(
                id, distributionId, reason, requestedBy, requestedAt, state, decidedBy, decidedAt, decisionReason);
    }

    public Long getId() {
        return id;
    }

    public long getDistributionId() {
        return distributionId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public RequestState getState() {
        return state;
    }
}
