package org.gongwen.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password and lockout policy (A35, A36), the office-system API tokens per unit (A14.2), and
 * whether the Camunda engine's REST API ({@code /engine-rest}) answers at all (for ADMIN only).
 */
@ConfigurationProperties("gongwen.security")
public record SecurityProperties(
        @DefaultValue("90") int passwordMaxAgeDays,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15") int lockoutMinutes,
        @DefaultValue("8") int passwordMinLength,
        @DefaultValue("10") int maxApiTokensPerUnit,
        @DefaultValue("false") boolean engineRestEnabled) {
}
