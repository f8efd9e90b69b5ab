package org.gongwen.notification;

import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.gongwen.notification.internal.NotificationMessageRepository;
import org.gongwen.notification.internal.NotificationsChanged;
import org.gongwen.notification.internal.UnreadCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the unread badges of open pages current without a reload (A9.1). A page subscribes for
 * its person and is handed the new count after every commit on this node that adds or reads
 * that person's messages, and, for messages added on another node (document receipt runs on
 * any node's job executor), at the next {@link #refreshAll()}.
 */
@Component
public class UnreadCountFeed {

    private static final Logger log = LoggerFactory.getLogger(UnreadCountFeed.class);
    private static final int CHUNK = 500;

    private final NotificationMessageRepository messages;
    private final TransactionTemplate separateTransaction;
    private final Map<Long, List<LongConsumer>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastCounts = new ConcurrentHashMap<>();

    UnreadCountFeed(NotificationMessageRepository messages, PlatformTransactionManager transactionManager) {
        this.messages = messages;
        // after commit the finished transaction is still bound to the thread: read in a new one
        this.separateTransaction = new TransactionTemplate(transactionManager);
        separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separateTransaction.setReadOnly(true);
    }

    /** {@code onCount} is called, from any thread, with the person's unread count whenever it may have changed. */
    public Registration subscribe(long personId, LongConsumer onCount) {
        subscribers
                .computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>())
                .add(onCount);
        lastCounts.remove(personId);
        return () -> unsubscribe(personId, onCount);
    }

    /** Looks up the counts of everyone subscribed on this node and hands on those that changed. */
    public void refreshAll() {
        refresh(Set.copyOf(subscribers.keySet()));
    }

    @TransactionalEventListener
    void changed(NotificationsChanged event) {
        refresh(event.personIds());
    }

    private void refresh(Collection<Long> personIds) {
        List<Long> watched =
                personIds.stream().filter(subscribers::containsKey).distinct().toList();
        for (int from = 0; from < watched.size(); from += CHUNK) {
            List<Long> chunk = watched.subList(from, Math.min(from + CHUNK, watched.size()));
            Map<Long, Long> counts = separateTransaction.execute(s -> messages.countUnread(chunk)).stream()
                    .collect(Collectors.toMap(UnreadCount::personId, UnreadCount::count));
            for (long personId : chunk) {
                long count = counts.getOrDefault(personId, 0L);
                Long before = lastCounts.put(personId, count);
                if (before == null || before != count) {
                    tell(personId, count);
                }
            }
        }
    }

    private void tell(long personId, long count) {
        for (LongConsumer subscriber : subscribers.getOrDefault(personId, List.of())) {
            try {
                subscriber.accept(count);
            } catch (RuntimeException e) {
                // a page closed without detaching (session expired): forget it
                log.debug("Dropping the badge subscriber of person {}: {}", personId, e.toString());
                unsubscribe(personId, subscriber);
            }
        }
    }

    private void unsubscribe(long personId, LongConsumer subscriber) {
        subscribers.computeIfPresent(personId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
        if (!subscribers.containsKey(personId)) {
            lastCounts.remove(personId);
        }
    }
}
