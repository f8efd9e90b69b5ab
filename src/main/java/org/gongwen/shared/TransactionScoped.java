package org.gongwen.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: for data that cannot change while the transaction runs (an issued
 * document's recipients, say) and that a loop inside it would otherwise read again at each turn.
 * Outside a transaction the value is computed at each call.
 */
public final class TransactionScoped {

    private TransactionScoped() {}

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.get();
        }
        Map<Object, Object> values = values();
        Object value = values.get(key);
        if (value == null) {
            value = compute.get();
            values.put(key, value);
        }
        return (T) value;
    }

    /**
     * Remembers {@code value} for {@link #get} in this transaction: for values read together in one
     * query ahead of a loop that asks for them one by one. Outside a transaction nothing is kept.
     */
    public static void put(Object key, Object value) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            values().put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> values() {
        Map<Object, Object> values = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return values;
    }

    private static final Object KEY = TransactionScoped.class;
}
