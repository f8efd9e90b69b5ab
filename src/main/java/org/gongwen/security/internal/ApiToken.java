package org.gongwen.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's office-system API token (A14.2). Holds the SHA-256 of the secret, never the secret. */
@Entity
@Table(name = "security_api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiToken() {}

    public ApiToken(long unitId, String name, String secret, String createdBy, Instant now) {
        this.unitId = unitId;
        this.name = name;
        this.tokenPrefix = ApiTokenSecrets.prefixOf(secret);
        this.tokenHash = ApiTokenSecrets.hash(secret);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Revokes once; revoking again keeps who revoked it first and when. */
    public void revoke(String by, Instant now) {
        if (isActive()) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public ApiTokenInfo toInfo() {
        return new ApiTokenInfo(id, unitId, name, tokenPrefix, createdBy, createdAt, lastUsedAt, revokedAt, revokedBy);
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
