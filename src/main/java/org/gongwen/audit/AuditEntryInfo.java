package org.gongwen.audit;

import java.time.Instant;

/** One audit entry as stored. */
public record AuditEntryInfo(
        long id,
        Instant at,
        String actor,
        Long actorUnitId,
        AuditAction action,
        String targetType,
        String targetId,
        String detail,
        String clientAddress,
        String prevHash,
        String hash) {
}
