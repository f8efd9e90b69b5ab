package org.gongwen.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins per login name and client address (A35). After too many failures from one
 * address, that address is refused for that name for a while; the same answer is given whether
 * or not the account exists, and the owner can still sign in from their own computer. Counters
 * older than a day are forgotten, so guessing random names cannot grow the table without end.
 */
@Component
class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    /** Whether failed logins of the name from the address are on record, and whether they lock it now. */
    public enum State {
        CLEAR,
        FAILURES,
        LOCKED
    }

    public State state(String username, String clientAddress) {
        List<Timestamp> until = jdbc.queryForList(
                "select locked_until from security_login_throttle where username = ? and client_address = ?",
                Timestamp.class,
                name(username),
                address(clientAddress));
        if (until.isEmpty()) {
            return State.CLEAR;
        }
        return until.get(0) != null && until.get(0).toInstant().isAfter(clock.instant())
                ? State.LOCKED
                : State.FAILURES;
    }

    /** Counts one failure; true when this failure locked the address out of the name. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username, String clientAddress, int maxFailures, Duration lockout) {
        Instant now = clock.instant();
        String name = name(username);
        String address = address(clientAddress);
        jdbc.update(
                "delete from security_login_throttle where last_failure_at < ?",
                Timestamp.from(now.minus(FORGET_AFTER)));
        List<Integer> failures = jdbc.queryForList(
                "select failures from security_login_throttle "
                        + "where username = ? and client_address = ? and (locked_until is null or locked_until > ?) "
                        + "for update",
                Integer.class,
                name,
                address,
                Timestamp.from(now));
        int count = failures.isEmpty() ? 1 : failures.get(0) + 1;
        Timestamp lockedUntil = count >= maxFailures ? Timestamp.from(now.plus(lockout)) : null;
        int updated = jdbc.update(
                "update security_login_throttle set failures = ?, last_failure_at = ?, "
                        + "locked_until = ? where username = ? and client_address = ?",
                count,
                Timestamp.from(now),
                lockedUntil,
                name,
                address);
        if (updated == 0) {
            try {
                jdbc.update(
                        "insert into security_login_throttle (username, client_address, failures, "
                                + "last_failure_at, locked_until) values (?, ?, ?, ?, ?)",
                        name,
                        address,
                        count,
                        Timestamp.from(now),
                        lockedUntil);
            } catch (DuplicateKeyException concurrent) {
                // another failure for the same pair was counted at the same moment: one is enough
                return false;
            }
        }
        return count == maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, String clientAddress) {
        jdbc.update(
                "delete from security_login_throttle where username = ? and client_address = ?",
                name(username),
                address(clientAddress));
    }

    private static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String address(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
