package org.gongwen.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per name and client address and locks after too many (A35); see {@link LoginThrottle}. */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);
    private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final PasswordPolicyService policies;
    private final Clock clock;
    private final AuditLog audit;
    private final VerifiedCredentialCache verified;
    private final Map<Long, Instant> lastRecorded = new ConcurrentHashMap<>();

    LoginAttemptListener(
            LoginThrottle throttle,
            AccountRepository accounts,
            PasswordPolicyService policies,
            Clock clock,
            AuditLog audit,
            VerifiedCredentialCache verified) {
        this.verified = verified;
        this.throttle = throttle;
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = ThrottledAuthenticationProvider.clientAddress(event.getAuthentication());
        PasswordPolicy policy = policies.current();
        if (throttle.recordFailure(
                username, address, policy.maxFailedLogins(), Duration.ofMinutes(policy.lockoutMinutes()))) {
            verified.forgetUsername(username);
            log.warn("Login name {} locked for {} after {} failed logins", username, address, policy.maxFailedLogins());
            audit.record(
                    AuditActor.system(),
                    AuditAction.ACCOUNT_LOCK,
                    LoginAuditListener.TARGET,
                    username,
                    "locked for " + address + " after " + policy.maxFailedLogins() + " failed logins");
        }
    }

    /**
     * The last login time, written at most once a minute per person by this node: a tool polling with HTTP Basic
     * signs in on every request, and a write (a connection and a commit) for each would cost more than the request.
     * The throttle's failures are cleared by {@link ThrottledAuthenticationProvider} when there are any.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof GongwenPrincipal principal) {
            long personId = principal.currentUser().personId();
            Instant now = clock.instant();
            Instant recorded = lastRecorded.get(personId);
            if (recorded != null && recorded.isAfter(now.minus(LAST_LOGIN_RESOLUTION)) && !recorded.isAfter(now)) {
                return;
            }
            accounts.findById(personId).ifPresent(account -> account.recordSuccess(now));
            lastRecorded.put(personId, now);
        }
    }
}
