package org.gongwen.notification.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default SMS gateway: the message waits in {@code notification_sms_outbox} for the county's
 * SMS platform. It joins the dispatcher's transaction, so a message lands there exactly once.
 */
@Component
class TableSmsGateway implements SmsGateway {

    private final SmsOutboxMessageRepository messages;
    private final Clock clock;

    TableSmsGateway(SmsOutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(long messageId, String mobile, String text) {
        if (messages.findByOutboxId(messageId).isEmpty()) {
            messages.save(new SmsOutboxMessage(messageId, mobile, text, clock.instant()));
        }
    }
}
