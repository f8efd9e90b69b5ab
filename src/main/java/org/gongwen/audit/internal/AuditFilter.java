package org.gongwen.audit.internal;

import java.time.Instant;
import org.gongwen.audit.AuditAction;

/** Which entries to list or export; every field is optional ({@code null} = any). */
public record AuditFilter(
        Instant from, Instant to, String actor, AuditAction action, Long unitId, String targetType, String targetId) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
