package org.gongwen.notification.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationMessageRepository extends JpaRepository<NotificationMessage, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<NotificationMessage> findByRecipientIdOrderByCreatedAtDesc(long recipientId, Pageable page);
}
