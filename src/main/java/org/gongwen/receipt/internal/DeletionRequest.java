package org.gongwen.receipt.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A clerk's request to delete a received document; the unit's leader in charge decides (A9.2). */
@Entity
@Table(name = "receipt_deletion_request")
public class DeletionRequest extends DecidedRequest {

    protected DeletionRequest() {}

    public DeletionRequest(long distributionId, String reason, String requestedBy, Instant requestedAt) {
        super(distributionId, reason, requestedBy, requestedAt);
    }

    @Override
    protected String alreadyDecidedKey() {
        return "deletion.error.decided";
    }

    public DeletionRequestInfo info() {
        return new DeletionRequestInfo(
                getId(),
                getDistributionId(),
                getReason(),
                getRequestedBy(),
                getRequestedAt(),
                getState(),
                getDecidedBy(),
                getDecidedAt(),
                getDecisionReason());
    }
}
