package org.gongwen.receipt.internal;

import java.time.Instant;

public record ReissueRequestInfo(
        long id,
        long distributionId,
        ReissueKind kind,
        int extraCopies,
        String reason,
        String requestedBy,
        Instant requestedAt,
        RequestState state,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {}
