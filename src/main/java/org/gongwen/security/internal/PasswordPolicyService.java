package org.gongwen.security.internal;

import java.time.Clock;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The password policy (A36) as administrators set it; logins, lockouts and password changes read
 * {@link #current()} each time, so a change applies at once.
 */
@Service
public class PasswordPolicyService {

    static final int MIN_LENGTH_FLOOR = 8;

    private final PasswordPolicySettingsRepository settings;
    private final SecurityProperties properties;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    public PasswordPolicyService(
            PasswordPolicySettingsRepository settings,
            SecurityProperties properties,
            AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PasswordPolicy current() {
        return settings.findById(PasswordPolicySettings.ID)
                .map(PasswordPolicySettings::policy)
                .orElseGet(() -> PasswordPolicy.defaults(properties));
    }

    @Transactional
    @Secured("ROLE_ADMIN")
    public PasswordPolicy update(PasswordPolicy policy) {
        validate(policy);
        String admin = authenticatedUser.require().username();
        settings.findById(PasswordPolicySettings.ID)
                .ifPresentOrElse(
                        s -> s.set(policy, admin, clock.instant()),
                        () -> settings.save(new PasswordPolicySettings(policy, admin, clock.instant())));
        return policy;
    }

    /** Back to the {@code gongwen.security} defaults. */
    @Transactional
    @Secured("ROLE_ADMIN")
    public PasswordPolicy reset() {
        settings.deleteById(PasswordPolicySettings.ID);
        return PasswordPolicy.defaults(properties);
    }

    /** Refuses a password that breaks the current policy. */
    public void check(String password) {
        PasswordPolicy policy = current();
        String broken = policy.brokenRule(password == null ? "" : password);
        if (broken != null) {
            throw BusinessException.invalid(broken, policy.passwordMinLength());
        }
    }

    private static void validate(PasswordPolicy p) {
        if (p.passwordMaxAgeDays() < 1 || p.passwordMaxAgeDays() > 365) {
            throw BusinessException.invalid("passwordPolicy.error.maxAge");
        }
        if (p.maxFailedLogins() < 3 || p.maxFailedLogins() > 20) {
            throw BusinessException.invalid("passwordPolicy.error.failedLogins");
        }
        if (p.lockoutMinutes() < 1 || p.lockoutMinutes() > 1440) {
            throw BusinessException.invalid("passwordPolicy.error.lockout");
        }
        if (p.passwordMinLength() < MIN_LENGTH_FLOOR || p.passwordMinLength() > 64) {
            throw BusinessException.invalid("passwordPolicy.error.minLength", MIN_LENGTH_FLOOR);
        }
    }
}
