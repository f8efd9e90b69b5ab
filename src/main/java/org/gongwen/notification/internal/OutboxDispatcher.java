package org.gongwen.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongwen.notification.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after the notices' transactions committed: each message is claimed,
 * sent and marked in short transactions of its own, so a failure (SMTP down) only moves that
 * message's next attempt out by the backoff. E-mail is sent at least once: a crash between
 * sending and marking it sent sends it again. Without an SMTP server (no {@code spring.mail.host})
 * e-mails stay PENDING, untouched, until one is configured.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final SmsGateway smsGateway;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxDispatcher(
            OutboxMessageRepository outbox,
            ObjectProvider<JavaMailSender> mailSenders,
            SmsGateway smsGateway,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.mailSenders = mailSenders;
        this.smsGateway = smsGateway;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        if (mailSenders.getIfAvailable() == null) {
            log.info("No SMTP server configured (spring.mail.host): e-mail notifications wait in notification_outbox");
        }
    }

    /** Delivers every message due now; returns how many were sent. */
    public int dispatchPending() {
        return dispatchDue(clock.instant());
    }

    /** Delivers every message due at {@code now}, as if it were that time (tests skip the backoff with it). */
    public int dispatchDue(Instant now) {
        Set<Channel> channels = EnumSet.of(Channel.SMS);
        if (mailSenders.getIfAvailable() != null) {
            channels.add(Channel.EMAIL);
        }
        int sent = 0;
        List<OutboxMessage> due;
        do {
            due = transactions.execute(s -> outbox.findDue(now, channels, PageRequest.of(0, properties.batchSize())));
            for (OutboxMessage message : due) {
                if (attempt(message, now)) {
                    sent++;
                }
            }
        } while (due.size() == properties.batchSize());
        return sent;
    }

    private boolean attempt(OutboxMessage message, Instant now) {
        int attempt = message.getAttempts() + 1;
        Instant retryAt = now.plus(properties.backoffAfter(attempt));
        Integer claimed = transactions.execute(s -> outbox.claim(message.getId(), message.getAttempts(), now, retryAt));
        if (claimed == null || claimed == 0) {
            return false;
        }
        try {
            transactions.executeWithoutResult(s -> {
                deliver(message);
                outbox.findById(message.getId()).orElseThrow().sent(clock.instant());
            });
            return true;
        } catch (RuntimeException e) {
            boolean giveUp = attempt >= properties.maxAttempts();
            String error = describe(e);
            transactions.executeWithoutResult(
                    s -> outbox.findById(message.getId()).ifPresent(m -> m.failed(error, giveUp)));
            if (giveUp) {
                log.warn(
                        "Gave up {} notification {} to person {} after {} attempts: {}",
                        message.getChannel(),
                        message.getId(),
                        message.getPersonId(),
                        attempt,
                        error);
            } else {
                log.info(
                        "{} notification {} not delivered (attempt {}), next at {}: {}",
                        message.getChannel(),
                        message.getId(),
                        attempt,
                        retryAt,
                        error);
            }
            return false;
        }
    }

    private void deliver(OutboxMessage message) {
        switch (message.getChannel()) {
            case EMAIL -> sendMail(message);
            case SMS -> smsGateway.send(message.getId(), message.getAddress(), message.getBody());
            case IN_APP -> throw new IllegalStateException("in-app notices are not sent from the outbox");
        }
    }

    private void sendMail(OutboxMessage message) {
        JavaMailSender sender = mailSenders.getObject();
        MimeMessage mail = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(message.getAddress());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody(), false);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot build the e-mail: " + e.getMessage(), e);
        }
        sender.send(mail);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && text.length() < OutboxMessage.ERROR_MAX) {
            text.append(" <- ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
            cause = cause.getCause();
        }
        return text.toString();
    }
}
