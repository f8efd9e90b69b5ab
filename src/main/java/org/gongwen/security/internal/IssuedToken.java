package org.gongwen.security.internal;

import java.time.Instant;

/**
 * A token just created, with its secret. The secret is returned this once and cannot be read
 * again: only its hash is stored.
 */
public record IssuedToken(long id, long unitId, String name, String tokenPrefix, Instant createdAt, String token) {

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", unitId=" + unitId + ", name=" + name + ", tokenPrefix=" + tokenPrefix + "]";
    }
}
