package org.gongwen.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.gongwen.notification.Channel;
import org.gongwen.notification.Contact;
import org.gongwen.notification.ContactDirectory;
import org.gongwen.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the e-mails and text messages of a notice into the outbox, in the caller's
 * transaction: they go out only if the notice's work commits, and then surely.
 */
@Component
public class OutboxWriter {

    static final int SMS_MAX = 500;

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<ContactDirectory> contacts;
    private final Translations translations;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxWriter(
            OutboxMessageRepository outbox,
            ObjectProvider<ContactDirectory> contacts,
            Translations translations,
            NotificationProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    /** One e-mail and one SMS per person who has the address; people without one are skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Collection<Long> personIds, String title, String body, String link, Set<Channel> channels) {
        ContactDirectory directory = contacts.getIfAvailable();
        if (directory == null) {
            return;
        }
        Instant now = clock.instant();
        for (long personId : personIds) {
            directory.byId(personId).ifPresent(contact -> write(contact, title, body, link, channels, now));
        }
    }

    private void write(Contact contact, String title, String body, String link, Set<Channel> channels, Instant now) {
        if (channels.contains(Channel.EMAIL) && hasText(contact.email())) {
            outbox.save(new OutboxMessage(
                    Channel.EMAIL, contact.personId(), contact.email().trim(), title, mailText(body, link), now));
        }
        if (channels.contains(Channel.SMS) && hasText(contact.mobile())) {
            outbox.save(new OutboxMessage(
                    Channel.SMS, contact.personId(), contact.mobile().trim(), title, smsText(title), now));
        }
    }

    String mailText(String body, String link) {
        StringBuilder text = new StringBuilder(body == null ? "" : body);
        if (link != null) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(translations.getTranslation(
                    "notification.delivery.mailLink", Translations.CHINESE, absolute(link)));
        }
        text.append("\n\n")
                .append(translations.getTranslation("notification.delivery.mailFooter", Translations.CHINESE));
        return text.toString();
    }

    String smsText(String title) {
        String text = translations.getTranslation("notification.delivery.sms", Translations.CHINESE, title);
        return text.length() <= SMS_MAX ? text : text.substring(0, SMS_MAX - 1) + "…";
    }

    String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = properties.publicBaseUrl().endsWith("/")
                ? properties.publicBaseUrl()
                : properties.publicBaseUrl() + "/";
        return base + (link.startsWith("/") ? link.substring(1) : link);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
