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

/** A recipient's request for a re-send or extra copies, decided by the sender (A10.2). */
@Entity
@Table(name = "receipt_reissue_request")
public class ReissueRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReissueKind kind;

    @Column(name = "extra_copies", nullable = false)
    private int extraCopies;

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

    @Column(name = "new_distribution_id")
    private Long newDistributionId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected ReissueRequest() {}

    public ReissueRequest(
            long distributionId,
            ReissueKind kind,
            int extraCopies,
            String reason,
            String requestedBy,
            Instant requestedAt) {
        this.distributionId = distributionId;
        this.kind = kind;
        this.extraCopies = kind == ReissueKind.EXTRA_COPIES ? extraCopies : 0;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = RequestState.PENDING;
    }

    public void decide(boolean approved, String by, String decisionReason, Instant at) {
        if (state != RequestState.PENDING) {
            throw BusinessException.conflict("reissue.error.decided");
        }
        this.state = approved ? RequestState.APPROVED : RequestState.REFUSED;
        this.decidedBy = by;
        this.decisionReason = decisionReason;
        this.decidedAt = at;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void resentAs(long newDistributionId) {
        this.newDistributionId = newDistributionId;
    }

    public ReissueRequestInfo info() {
        return new ReissueRequestInfo(
                id,
                distributionId,
                kind,
                extraCopies,
                reason,
                requestedBy,
                requestedAt,
                state,
                decidedBy,
                decidedAt,
                decisionReason);
    }

    public Long getId() {
        return id;
    }

    public long getDistributionId() {
        return distributionId;
    }

    public ReissueKind getKind() {
        return kind;
    }

    public int getExtraCopies() {
        return extraCopies;
    }

    public String getReason() {
        return reason;
    }

    public RequestState getState() {
        return state;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
