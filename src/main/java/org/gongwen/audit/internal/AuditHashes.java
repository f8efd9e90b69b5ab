package org.gongwen.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.gongwen.audit.AuditEntryInfo;

/**
 * The chain's hash: SHA-256 over a length-prefixed serialisation of every field in a fixed order
 * plus the previous hash, so no two different entries serialise alike. Times count as whole UTC
 * seconds (what MySQL keeps), so the same entry hashes alike on H2 and MySQL.
 */
public final class AuditHashes {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "gongwen-audit-v1";

    private AuditHashes() {}

    public static Instant storedTime(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    public static String hash(AuditEntryInfo e) {
        StringBuilder s = new StringBuilder(VERSION).append('\n');
        field(s, Long.toString(e.id()));
        field(s, storedTime(e.at()).toString());
        field(s, e.actor());
        field(s, e.actorUnitId() == null ? null : e.actorUnitId().toString());
        field(s, e.action() == null ? null : e.action().name());
        field(s, e.targetType());
        field(s, e.targetId());
        field(s, e.detail());
        field(s, e.clientAddress());
        field(s, e.prevHash());
        return sha256(s.toString());
    }

    /** {@code N;} for null, else {@code S<length>:<value>;} (length in UTF-16 units). */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("N;");
        } else {
            s.append('S').append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
