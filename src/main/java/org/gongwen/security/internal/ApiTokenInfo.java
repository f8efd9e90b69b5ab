package org.gongwen.security.internal;

import java.time.Instant;

/** An office-system API token as lists show it: never the secret, only its first characters. */
public record ApiTokenInfo(
        long id,
        long unitId,
        String name,
        String tokenPrefix,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}
