package org.gongwen.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.gongwen.notification.Channel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m from OutboxMessage m
            where m.state = org.gongwen.notification.internal.OutboxState.PENDING
              and m.nextAttemptAt <= :now and m.channel in :channels
            order by m.nextAttemptAt, m.id""")
    List<OutboxMessage> findDue(
            @Param("now") Instant now, @Param("channels") Collection<Channel> channels, Pageable page);

    /**
     * Takes a message for one attempt: counts the attempt and moves the next one out by the
     * backoff, so a node that dies while sending leaves it to be retried. Returns 0 when another
     * node took it first.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxMessage m set m.attempts = m.attempts + 1, m.nextAttemptAt = :retryAt
            where m.id = :id and m.attempts = :attempts
              and m.state = org.gongwen.notification.internal.OutboxState.PENDING and m.nextAttemptAt <= :now""")
    int claim(
            @Param("id") long id,
            @Param("attempts") int attempts,
            @Param("now") Instant now,
            @Param("retryAt") Instant retryAt);

    List<OutboxMessage> findByPersonIdOrderByIdAsc(long personId);
}
