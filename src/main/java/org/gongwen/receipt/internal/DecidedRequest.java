package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.gongwen.shared.BusinessException;

/**
 * What a deletion and a reissue request share: a clerk asks about a received copy with a reason, and
 * it is decided once (approved or refused, by whom, when, why). What approval does is the request's own.
 */
@MappedSuperclass
public abstract class DecidedRequest {

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

    protected DecidedRequest() {}

    protected DecidedRequest(long distributionId, String reason, String requestedBy, Instant requestedAt) {
        this.distributionId = distributionId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = RequestState.PENDING;
    }

    /** The message key of the refusal to decide a request twice. */
    protected abstract String alreadyDecidedKey();

    public void decide(boolean approved, String by, String decisionReason, Instant at) {
        if (state != RequestState.PENDING) {
            throw BusinessException.conflict(alreadyDecidedKey());
        }
        this.state = approved ? RequestState.APPROVED : RequestState.REFUSED;
        this.decidedBy = by;
        this.decisionReason = decisionReason;
        this.decidedAt = at;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public long getDistributionId() {
        return distributionId;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public RequestState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
