package org.gongwen.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password and lockout policy (A35, A36), the office-system API tokens per unit (A14.2), and
 * whether the Camunda engine's REST API ({@code /engine-rest}) answers at all (for ADMIN only),
 * and how long and how many passwords bcrypt has accepted are remembered, so HTTP Basic pollers
 * do not pay a bcrypt check per request (0 turns that off).
 */
@ConfigurationProperties("gongwen.security")
public record SecurityProperties(
        @DefaultValue("90") int passwordMaxAgeDays,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15") int lockoutMinutes,
        @DefaultValue("8") int passwordMinLength,
        @DefaultValue("10") int maxApiTokensPerUnit,
        @DefaultValue("false") boolean engineRestEnabled,
        @DefaultValue("5m") Duration verifiedPasswordCacheTime,
        @DefaultValue("10000") int verifiedPasswordCacheSize) {}
