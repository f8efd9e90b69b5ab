package org.gongwen.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Login credentials of one person. */
@Entity
@Table(name = "security_account")
public class Account {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Account() {}

    public Account(long personId, String passwordHash, Instant now) {
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public boolean isPasswordExpired(Instant now, int maxAgeDays) {
        return passwordChangedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
    }

    public void recordSuccess(Instant now) {
        lastLoginAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
