package org.gongwen.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;

/**
 * A failure that is nobody's mistake and passes by itself: another person acted on the same task or
 * document a moment earlier (two sign-fors, two completions, a deadlock between them), or the database
 * did not answer. The web layer answers these with 409 or 503 and a message the person can act on,
 * never with 500; the losing request's transaction is rolled back, so the data holds the winner's act.
 */
public enum TransientFailure {

    /** Another act on the same thing came first or ran at the same time (409). */
    CONTENTION(HttpStatus.CONFLICT, "error.contention"),
    /** The database did not answer: no connection, a dead connection, a pool that timed out (503). */
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable");

    /** SQL states of a lost race: serialization failure or deadlock; a duplicate of a unique key. */
    private static final String SERIALIZATION_FAILURE = "40001";

    private static final String UNIQUE_VIOLATION = "23505";
    /** MySQL and MariaDB: deadlock found, lock wait timeout, duplicate entry. */
    private static final int MYSQL_DEADLOCK = 1213;

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    /** H2: deadlock, timeout trying to lock a row or table, concurrent update of a row. */
    private static final int H2_DEADLOCK = 40001;

    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;

    /** How long a caller told that the database did not answer should wait before trying again (Retry-After). */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final HttpStatus status;
    private final String messageKey;

    TransientFailure(HttpStatus status, String messageKey) {
        this.status = status;
        this.messageKey = messageKey;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * What a failure is at heart, looking through the layers that wrap it (Camunda, JPA, Spring's
     * transaction and data access exceptions, the JDBC driver); empty for a fault.
     */
    public static Optional<TransientFailure> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDatabaseUnavailable(t)) {
                return Optional.of(DATABASE_UNAVAILABLE);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isContention(t)) {
                return Optional.of(CONTENTION);
            }
        }
        return Optional.empty();
    }

    private static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        // SQL state class 08: connection exception (refused, broken, lost)
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }

    private static boolean isContention(Throwable t) {
        if (t instanceof ConcurrencyFailureException
                || t instanceof DuplicateKeyException
                || t instanceof OptimisticLockingException
                || t instanceof TaskAlreadyClaimedException
                || t instanceof SQLTransactionRollbackException
                || t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof org.hibernate.StaleStateException
                || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            int code = sql.getErrorCode();
            return SERIALIZATION_FAILURE.equals(sql.getSQLState())
                    || UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || code == MYSQL_DEADLOCK
                    || code == MYSQL_LOCK_WAIT_TIMEOUT
                    || code == MYSQL_DUPLICATE_ENTRY
                    || code == H2_DEADLOCK
                    || code == H2_LOCK_TIMEOUT
                    || code == H2_CONCURRENT_UPDATE;
        }
        // the engine's own words for a task or execution another request has just completed or ended
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof org.camunda.bpm.engine.ProcessEngineException
                && (message.contains("cannot find task") || message.contains("cannot find execution"));
    }
}
