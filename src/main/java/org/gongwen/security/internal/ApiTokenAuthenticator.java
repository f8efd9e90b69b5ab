package org.gongwen.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.DirectoryUnit;
import org.gongwen.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns an office system's bearer token into the principal of its unit's office system. */
@Component
class ApiTokenAuthenticator {

    /** last_used_at is accurate to this: an office system polling every second costs no write each time. */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticator.class);

    private final ApiTokenRepository tokens;
    private final UserDirectory directory;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserDirectory directory, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
    }

    /** The office system the token belongs to; empty for a malformed, unknown or revoked token. */
    @Transactional
    public Optional<GongwenPrincipal> authenticate(String token) {
        if (!ApiTokenSecrets.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(ApiTokenSecrets.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken apiToken = found.get();
        if (!apiToken.isActive()) {
            log.warn("Revoked API token {} ({}…) was presented", apiToken.getId(), apiToken.getTokenPrefix());
            return Optional.empty();
        }
        Optional<DirectoryUnit> unit = directory.findUnit(apiToken.getUnitId()).filter(DirectoryUnit::active);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        recordUse(apiToken);
        return Optional.of(GongwenPrincipal.officeSystem(CurrentUser.officeSystem(unit.get(), apiToken.getName())));
    }

    private void recordUse(ApiToken apiToken) {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(USE_RECORDING_INTERVAL);
        if (apiToken.getLastUsedAt() == null || apiToken.getLastUsedAt().isBefore(staleBefore)) {
            // conditional, so that requests racing past the check above still write once
            tokens.touch(apiToken.getId(), now, staleBefore);
        }
    }
}
