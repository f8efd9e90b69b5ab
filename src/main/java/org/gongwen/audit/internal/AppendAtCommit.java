package org.gongwen.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries of one transaction, appended just before it commits. Appending locks the
 * chain's head until the commit; appending last keeps that lock for the append and the commit
 * only, not for the rest of a slow audited action (rendering, signing), so audited actions across
 * the county wait for each other as briefly as possible. Rolled back, the entries are never appended.
 */
public final class AppendAtCommit implements TransactionSynchronization {

    private static final Object KEY = AppendAtCommit.class;

    private final List<Runnable> appends = new ArrayList<>();

    private AppendAtCommit() {}

    /** Queues an append in the current transaction, which must be active with synchronization. */
    public static void queue(Runnable append) {
        AppendAtCommit current = (AppendAtCommit) TransactionSynchronizationManager.getResource(KEY);
        if (current == null) {
            current = new AppendAtCommit();
            TransactionSynchronizationManager.bindResource(KEY, current);
            TransactionSynchronizationManager.registerSynchronization(current);
        }
        current.appends.add(append);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        // an append may queue nothing further, but iterate by index in case a listener records more
        for (int i = 0; i < appends.size(); i++) {
            appends.get(i).run();
        }
        appends.clear();
    }

    /** A transaction started inside this one (REQUIRES_NEW) keeps its own entries. */
    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(KEY);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(KEY, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }
}
