package org.gongwen.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongwen.notification.internal.Notification;
import org.gongwen.notification.internal.NotificationMessage;
import org.gongwen.notification.internal.NotificationMessageRepository;
import org.gongwen.notification.internal.NotificationsChanged;
import org.gongwen.notification.internal.OutboxWriter;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications (in-app, e-mail, SMS) and shows the signed-in person theirs. Everything
 * is written in the caller's transaction; e-mail and SMS leave through the outbox after commit.
 */
@Service
public class NotificationService {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 2000;

    private final NotificationMessageRepository messages;
    private final OutboxWriter outbox;
    private final ObjectProvider<ContactDirectory> contacts;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NotificationService(
            NotificationMessageRepository messages,
            OutboxWriter outbox,
            ObjectProvider<ContactDirectory> contacts,
            AuthenticatedUser authenticatedUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.contacts = contacts;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    /** An in-app message only. */
    @Transactional
    public void notify(Collection<Long> recipientIds, String title, String body, String link) {
        notify(recipientIds, title, body, link, Set.of(Channel.IN_APP));
    }

    /**
     * A notice on the chosen channels; e-mail and SMS reach those who have an address or a
     * mobile. Long titles and bodies (a 300-character document title, say) are shortened,
     * never refused. {@code link} is a route of the application, such as {@code inbox}.
     */
    @Transactional
    public void notify(Collection<Long> recipientIds, String title, String body, String link, Set<Channel> channels) {
        String shortTitle = shorten(title, TITLE_MAX);
        String shortBody = shorten(body, BODY_MAX);
        List<Long> recipients = recipientIds.stream().distinct().toList();
        if (channels.contains(Channel.IN_APP) && !recipients.isEmpty()) {
            Instant now = clock.instant();
            recipients.forEach(id -> messages.save(new NotificationMessage(id, shortTitle, shortBody, link, now)));
            events.publishEvent(new NotificationsChanged(Set.copyOf(recipients)));
        }
        if (channels.contains(Channel.EMAIL) || channels.contains(Channel.SMS)) {
            outbox.write(recipients, shortTitle, shortBody, link, channels);
        }
    }

    /** An in-app message to the person with this login, if there is one. */
    @Transactional
    public void notifyUser(String username, String title, String body, String link) {
        ContactDirectory directory = contacts.getIfAvailable();
        if (directory != null && username != null) {
            directory.byUsername(username).ifPresent(c -> notify(List.of(c.personId()), title, body, link));
        }
    }

    static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return messages.countByRecipientIdAndReadAtIsNull(
                authenticatedUser.require().personId());
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(int max) {
        return messages
                .findByRecipientIdOrderByCreatedAtDesc(
                        authenticatedUser.require().personId(), PageRequest.of(0, max))
                .stream()
                .map(NotificationMessage::toNotification)
                .toList();
    }

    /**
     * Someone acted on what the notices linking to {@code link} were about (e.g. the document was
     * signed for): they are read for everyone, so no badge asks for what is done (A9.1).
     */
    @Transactional
    public void actedOn(String link) {
        Instant now = clock.instant();
        Set<Long> people = new HashSet<>();
        for (NotificationMessage message : messages.findByLinkAndReadAtIsNull(link)) {
            message.markRead(now);
            people.add(message.getRecipientId());
        }
        if (!people.isEmpty()) {
            events.publishEvent(new NotificationsChanged(people));
        }
    }

    @Transactional
    public void markRead(long id) {
        long personId = authenticatedUser.require().personId();
        NotificationMessage message = messages.findById(id)
                .filter(m -> m.getRecipientId() == personId)
                .orElseThrow(() -> BusinessException.notFound("notification.error.notFound", id));
        message.markRead(clock.instant());
        events.publishEvent(new NotificationsChanged(Set.of(personId)));
    }
}
