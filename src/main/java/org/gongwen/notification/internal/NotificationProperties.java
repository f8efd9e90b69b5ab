package org.gongwen.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of e-mail and SMS from the outbox, and live unread badges. The SMTP server is
 * Spring's {@code spring.mail.*}; without {@code spring.mail.host} e-mails wait in the outbox.
 *
 * @param schedulerEnabled whether the dispatcher and the badge refresh run on their own (off in tests)
 * @param dispatchInterval pause between two runs of the dispatcher
 * @param badgeInterval pause between two looks for new in-app messages to push to open pages
 * @param maxAttempts attempts before a message is given up (state FAILED)
 * @param retryBackoff wait after the first failed attempt; doubles with every further one
 * @param maxBackoff the longest wait between two attempts
 * @param batchSize messages claimed per database round trip
 * @param mailFrom sender of the e-mails
 * @param publicBaseUrl address people open the application at, for the links in e-mails
 */
@ConfigurationProperties("gongwen.notification")
public record NotificationProperties(
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("30s") Duration dispatchInterval,
        @DefaultValue("5s") Duration badgeInterval,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("50") int batchSize,
        @DefaultValue("gongwen@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    /** Wait after {@code attempts} failed attempts: 1, 2, 4... times the backoff, at most the maximum. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = retryBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
