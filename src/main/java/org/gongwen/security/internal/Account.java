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

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Account() {
    }

    public Account(long personId, String passwordHash, Instant now) {
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isPasswordExpired(Instant now, int maxAgeDays) {
        return passwordChangedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
    }

    /** Counts a failed login; locks the account once the limit is reached. */
    public void recordFailure(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
        }
    }

    public void recordSuccess(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
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

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
