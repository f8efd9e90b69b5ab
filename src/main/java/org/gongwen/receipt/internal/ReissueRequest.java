package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recipient's request for a re-send or extra copies, decided by the sender (A10.2). */
@Entity
@Table(name = "receipt_reissue_request")
public class ReissueRequest extends DecidedRequest {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReissueKind kind;

    @Column(name = "extra_copies", nullable = false)
    private int extraCopies;

    @Column(name = "new_distribution_id")
    private Long newDistributionId;

    protected ReissueRequest() {}

    public ReissueRequest(
            long distributionId,
            ReissueKind kind,
            int extraCopies,
            String reason,
            String requestedBy,
            Instant requestedAt) {
        super(distributionId, reason, requestedBy, requestedAt);
        this.kind = kind;
        this.extraCopies = kind == ReissueKind.EXTRA_COPIES ? extraCopies : 0;
    }

    @Override
    protected String alreadyDecidedKey() {
        return "reissue.error.decided";
    }

    public void resentAs(long newDistributionId) {
        this.newDistributionId = newDistributionId;
    }

    public ReissueRequestInfo info() {
        return new ReissueRequestInfo(
                getId(),
                getDistributionId(),
                kind,
                extraCopies,
                getReason(),
                getRequestedBy(),
                getRequestedAt(),
                getState(),
                getDecidedBy(),
                getDecidedAt(),
                getDecisionReason());
    }

    public ReissueKind getKind() {
        return kind;
    }

    public int getExtraCopies() {
        return extraCopies;
    }
}
