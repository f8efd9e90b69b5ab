package org.gongwen.audit;

import java.time.Instant;

/** One audit entry as stored; {@code action} is null only if the row holds a name the application never wrote. */
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
        String hash) {}
