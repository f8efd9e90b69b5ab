package org.gongwen.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Passwords bcrypt has just accepted, so that a clerk's office software polling with HTTP Basic
 * pays for one bcrypt check every few minutes instead of one per request (issue 16). An entry
 * is found by an HMAC-SHA256 of name and password under a key made afresh at every start, never
 * by the password itself, and holds the password hash it was checked against: a password changed
 * anywhere (on another node too) no longer matches the account's current hash, so the entry is
 * dead at once. Only successes are remembered; a wrong password always goes to bcrypt and counts
 * toward the lockout. Entries live {@code gongwen.security.verified-password-cache-time}, the
 * oldest go first beyond {@code verified-password-cache-size}, and a password change or a lockout
 * forgets the person's entries. Nothing else is remembered: the person, their roles, whether they
 * are active and whether their password expired are loaded afresh on every request, so a change
 * of roles or a deactivation needs no forgetting.
 */
@Component
public class VerifiedCredentialCache {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecurityProperties properties;
    private final Map<String, Entry> entries;
    private final AtomicLong passwordChecks = new AtomicLong();
    private volatile boolean switchedOn = true;

    VerifiedCredentialCache(Clock clock, SecurityProperties properties) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.clock = clock;
        this.properties = properties;
        int maxSize = properties.verifiedPasswordCacheSize();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxSize;
            }
        };
    }

    /** True when this name and password were accepted against this very hash a short while ago. */
    boolean isVerified(String username, String password, String passwordHash) {
        if (!enabled()) {
            return false;
        }
        String id = fingerprint(username, password);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(id);
            if (entry == null) {
                return false;
            }
            if (!entry.expiresAt().isAfter(now) || !entry.passwordHash().equals(passwordHash)) {
                entries.remove(id);
                return false;
            }
            return true;
        }
    }

    /** Remembers a name and password bcrypt has just accepted against this hash. */
    void remember(long personId, String username, String password, String passwordHash) {
        if (!enabled()) {
            return;
        }
        Entry entry = new Entry(
                personId,
                username.toLowerCase(Locale.ROOT),
                passwordHash,
                clock.instant().plus(properties.verifiedPasswordCacheTime()));
        String id = fingerprint(username, password);
        synchronized (entries) {
            entries.put(id, entry);
        }
    }

    /** Counts one real password check (bcrypt), for tests and the benchmark. */
    void countPasswordCheck() {
        passwordChecks.incrementAndGet();
    }

    /** How many passwords were checked by the password encoder since start (not answered from here). */
    public long passwordChecks() {
        return passwordChecks.get();
    }

    /** Off: every password goes to bcrypt again, as before issue 16 (the benchmark's "before"). */
    public void switchOn(boolean on) {
        switchedOn = on;
        if (!on) {
            synchronized (entries) {
                entries.clear();
            }
        }
    }

    /** Forgets every remembered password of this person: the password changed. */
    public void forgetPerson(long personId) {
        synchronized (entries) {
            entries.values().removeIf(e -> e.personId() == personId);
        }
    }

    /** Forgets every remembered password of this login name: it was locked out somewhere. */
    public void forgetUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        synchronized (entries) {
            entries.values().removeIf(e -> e.username().equals(name));
        }
    }

    private boolean enabled() {
        return switchedOn
                && properties.verifiedPasswordCacheSize() > 0
                && !properties.verifiedPasswordCacheTime().isZero()
                && !properties.verifiedPasswordCacheTime().isNegative();
    }

    private String fingerprint(String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        // length-prefixed, so that no other pair of name and password gives the same input
        ByteBuffer input = ByteBuffer.allocate(8 + name.length + secret.length)
                .putInt(name.length)
                .put(name)
                .putInt(secret.length)
                .put(secret);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(input.array(), (byte) 0);
        }
    }

    private record Entry(long personId, String username, String passwordHash, Instant expiresAt) {}
}
