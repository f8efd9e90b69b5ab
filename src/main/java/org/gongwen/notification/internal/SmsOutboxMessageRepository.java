package org.gongwen.notification.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SmsOutboxMessageRepository extends JpaRepository<SmsOutboxMessage, Long> {

    Optional<SmsOutboxMessage> findByOutboxId(long outboxId);
}
