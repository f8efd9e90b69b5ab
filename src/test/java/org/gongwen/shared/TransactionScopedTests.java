package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class TransactionScopedTests {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.class);
    }

    @Test
    void withinATransactionAValueIsReadOnceAndAfterItAgain() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionScoped.get("plan-1", this::read)).isEqualTo(1);
        assertThat(TransactionScoped.get("plan-1", this::read)).isEqualTo(1);
        assertThat(TransactionScoped.get("plan-2", this::read)).isEqualTo(2);

        TransactionSynchronizationUtils.invokeAfterCompletion(
                TransactionSynchronizationManager.getSynchronizations(), TransactionSynchronization.STATUS_COMMITTED);
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(TransactionScoped.get("plan-1", this::read)).isEqualTo(3);
    }

    @Test
    void outsideATransactionEveryCallReads() {
        assertThat(TransactionScoped.get("plan-1", this::read)).isEqualTo(1);
        assertThat(TransactionScoped.get("plan-1", this::read)).isEqualTo(2);
    }

    private int read() {
        return reads.incrementAndGet();
    }
}
