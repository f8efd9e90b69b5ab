package org.gongwen.notification.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationMessageRepository extends JpaRepository<NotificationMessage, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<NotificationMessage> findByRecipientIdOrderByCreatedAtDesc(long recipientId, Pageable page);

    List<NotificationMessage> findByLinkAndReadAtIsNull(String link);

    /** Unread counts of these people; people with none are missing. */
    @Query("""
            select new org.gongwen.notification.internal.UnreadCount(m.recipientId, count(m))
            from NotificationMessage m where m.recipientId in :ids and m.readAt is null group by m.recipientId""")
    List<UnreadCount> countUnread(@Param("ids") Collection<Long> personIds);
}
