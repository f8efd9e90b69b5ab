package org.gongwen.notification.internal;

/**
 * Hands one text message to the county's SMS platform. The default leaves it in the table
 * {@code notification_sms_outbox} for that platform to fetch; a real gateway is a bean
 * implementing this interface, annotated {@code @Primary} (docs/operations.md).
 */
public interface SmsGateway {

    /**
     * Returns once the platform has accepted the message; throws to have it retried later.
     *
     * @param messageId the same for every retry of one message, for the platform to drop duplicates
     */
    void send(long messageId, String mobile, String text);
}
