package org.gongwen.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of the password policy an administrator set (A36). */
@Entity
@Table(name = "security_password_policy")
public class PasswordPolicySettings {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "password_max_age_days", nullable = false)
    private int passwordMaxAgeDays;

    @Column(name = "max_failed_logins", nullable = false)
    private int maxFailedLogins;

    @Column(name = "lockout_minutes", nullable = false)
    private int lockoutMinutes;

    @Column(name = "password_min_length", nullable = false)
    private int passwordMinLength;

    @Column(name = "require_mixed_case", nullable = false)
    private boolean requireMixedCase;

    @Column(name = "require_symbol", nullable = false)
    private boolean requireSymbol;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PasswordPolicySettings() {}

    public PasswordPolicySettings(PasswordPolicy policy, String by, Instant at) {
        this.id = ID;
        set(policy, by, at);
    }

    public void set(PasswordPolicy policy, String by, Instant at) {
        passwordMaxAgeDays = policy.passwordMaxAgeDays();
        maxFailedLogins = policy.maxFailedLogins();
        lockoutMinutes = policy.lockoutMinutes();
        passwordMinLength = policy.passwordMinLength();
        requireMixedCase = policy.requireMixedCase();
        requireSymbol = policy.requireSymbol();
        updatedBy = by;
        updatedAt = at;
    }

    public PasswordPolicy policy() {
        return new PasswordPolicy(
                passwordMaxAgeDays,
                maxFailedLogins,
                lockoutMinutes,
                passwordMinLength,
                requireMixedCase,
                requireSymbol);
    }
}
