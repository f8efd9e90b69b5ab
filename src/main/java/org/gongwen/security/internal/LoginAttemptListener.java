package org.gongwen.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.gongwen.security.GongwenPrincipal;
import org.gongwen.security.PasswordPolicy;
import org.gongwen.security.PasswordPolicyService;
import org.gongwen.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins and locks an account after too many (A35). */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final UserDirectory directory;
    private final AccountRepository accounts;
    private final PasswordPolicyService policies;
    private final Clock clock;
    private final AuditLog audit;

    LoginAttemptListener(UserDirectory directory, AccountRepository accounts,
            PasswordPolicyService policies, Clock clock, AuditLog audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        directory.findByUsername(username)
                .flatMap(user -> accounts.findById(user.personId()))
                .ifPresent(account -> {
                    boolean wasLocked = account.isLocked(clock.instant());
                    PasswordPolicy policy = policies.current();
                    account.recordFailure(clock.instant(), policy.maxFailedLogins(),
                            Duration.ofMinutes(policy.lockoutMinutes()));
                    if (account.isLocked(clock.instant()) && !wasLocked) {
                        log.warn("Account {} locked after {} failed logins", username, account.getFailedLogins());
                        audit.record(AuditActor.system(), AuditAction.ACCOUNT_LOCK, LoginAuditListener.TARGET,
                                username, "locked after " + account.getFailedLogins() + " failed logins");
                    }
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof GongwenPrincipal principal) {
            accounts.findById(principal.currentUser().personId())
                    .ifPresent(account -> account.recordSuccess(clock.instant()));
        }
    }
}
