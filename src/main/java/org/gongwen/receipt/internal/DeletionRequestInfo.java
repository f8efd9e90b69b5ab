package org.gongwen.receipt.internal;

import java.time.Instant;

public record DeletionRequestInfo(
        long id,
        long distributionId,
        String reason,
        String requestedBy,
        Instant requestedAt,
        RequestState state,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {}
