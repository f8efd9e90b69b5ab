package org.gongwen.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Office-system token secrets: {@code gw_} and 32 random bytes in base64url (46 characters).
 * They are random, not chosen by people, so a fast SHA-256 is enough to store them: there is
 * nothing to guess that a slow password hash would protect. Tokens are found by their hash
 * (unique index), so no comparison ever runs over the secret itself.
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "gw_";
    public static final int SHOWN_CHARACTERS = 8;

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("gw_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The first characters, shown in lists so that people can tell their tokens apart. */
    public static String prefixOf(String token) {
        return token.substring(0, SHOWN_CHARACTERS);
    }

    /** Lower-case hex SHA-256 of the token. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
