package org.gongwen.receipt.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.gongwen.document.SendAwaitingConfirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Judges a document's signed files while its send waits for the sender's confirmation, in the
 * background, so that the fan-out's sign-for tasks find the files' signatures and text already read
 * ({@code ReceiptVerification}'s findings by file content) instead of all waiting for the first task to
 * read them. Only a head start: every task's checks and the gate at sign-for still judge as before. A
 * backlog drops the oldest requests, and a failure is only logged.
 */
@Component
class ChecksAhead implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChecksAhead.class);

    private final SignForChecks checks;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(8),
            task -> {
                Thread thread = new Thread(task, "receipt-checks-ahead");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.DiscardOldestPolicy());

    ChecksAhead(SignForChecks checks) {
        this.checks = checks;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void judgeAhead(SendAwaitingConfirmation send) {
        executor.execute(() -> {
            try {
                checks.summary(send.documentId());
            } catch (RuntimeException e) {
                log.warn(
                        "Checking the signed files of document {} ahead of its send failed: {}",
                        send.documentId(),
                        e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
