package org.gongwen.security.internal;

/**
 * The password and lockout policy in force (A35, A36): set by an administrator, otherwise the
 * {@code gongwen.security} defaults. Passwords always need letters and digits; the policy can ask
 * for upper- and lower-case letters and for a symbol as well.
 */
public record PasswordPolicy(
        int passwordMaxAgeDays,
        int maxFailedLogins,
        int lockoutMinutes,
        int passwordMinLength,
        boolean requireMixedCase,
        boolean requireSymbol) {

    public static PasswordPolicy defaults(SecurityProperties properties) {
        return new PasswordPolicy(
                properties.passwordMaxAgeDays(),
                properties.maxFailedLogins(),
                properties.lockoutMinutes(),
                properties.passwordMinLength(),
                false,
                false);
    }

    /** BCrypt reads no more than this many bytes of a password (UTF-8). */
    public static final int MAX_BYTES = 72;

    /** The message key of the first rule the password breaks, or null if it keeps them all. */
    public String brokenRule(String password) {
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "password.error.tooLong";
        }
        if (!org.gongwen.shared.SafeText.isSafe(password)
                || password.indexOf('\n') >= 0
                || password.indexOf('\r') >= 0) {
            return "password.error.characters";
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (password.length() < passwordMinLength || !letter || !digit) {
            return "password.error.weak";
        }
        if (requireMixedCase
                && (password.chars().noneMatch(Character::isUpperCase)
                        || password.chars().noneMatch(Character::isLowerCase))) {
            return "password.error.mixedCase";
        }
        if (requireSymbol && password.chars().allMatch(Character::isLetterOrDigit)) {
            return "password.error.symbol";
        }
        return null;
    }
}
