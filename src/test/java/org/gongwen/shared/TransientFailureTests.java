package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a failure is at heart, through the layers that wrap it. */
class TransientFailureTests {

    @Test
    void anotherActOnTheSameThingIsContention() {
        assertThat(TransientFailure.of(new OptimisticLockingException("ENTITY was updated by another transaction")))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new NullValueException("Cannot find task with id 42: task is null")))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new TaskAlreadyClaimedException("42", "b19.clerk")))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new ObjectOptimisticLockingFailureException("Distribution", 7L)))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new DeadlockLoserDataAccessException("deadlock", null)))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new CannotAcquireLockException("lock wait timeout")))
                .contains(TransientFailure.CONTENTION);
    }

    @Test
    void aMariaDbDeadlockInsideTheEngineIsContention() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertThat(TransientFailure.of(new ProcessEngineException(
                        "An exception occurred in the persistence layer", new RuntimeException("flush", deadlock))))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(
                        new ProcessEngineException("flush", new SQLException("Deadlock found", "HY000", 1213))))
                .contains(TransientFailure.CONTENTION);
    }

    @Test
    void aDuplicateOfTheSameActIsContentionButOtherRefusalsAreNot() {
        assertThat(TransientFailure.of(new DataIntegrityViolationException(
                        "dup", new SQLException("Duplicate entry '7-1' for key 'uk_print'", "23000", 1062))))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new DataIntegrityViolationException(
                        "dup", new SQLException("Unique index or primary key violation", "23505", 23505))))
                .contains(TransientFailure.CONTENTION);
        assertThat(TransientFailure.of(new DataIntegrityViolationException(
                        "too long", new SQLException("Data too long for column 'title'", "22001", 1406))))
                .isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsUnavailable() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms.");
        assertThat(TransientFailure.of(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .contains(TransientFailure.DATABASE_UNAVAILABLE);
        assertThat(TransientFailure.of(new InternalAuthenticationServiceException(
                        "user lookup",
                        new CannotCreateTransactionException(
                                "Could not open JPA EntityManager",
                                new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout)))))
                .contains(TransientFailure.DATABASE_UNAVAILABLE);
        assertThat(TransientFailure.of(new ProcessEngineException(
                        "persistence", new SQLException("Communications link failure", "08S01"))))
                .contains(TransientFailure.DATABASE_UNAVAILABLE);
    }

    @Test
    void aFaultIsNeither() {
        assertThat(TransientFailure.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(TransientFailure.of(new ProcessEngineException("Unknown property used in expression")))
                .isEmpty();
        assertThat(TransientFailure.of(new SQLException("Syntax error", "42000", 1064)))
                .isEmpty();
    }
}
