package org.gongwen.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.gongwen.notification.internal.NotificationMessage;
import org.gongwen.notification.internal.NotificationMessageRepository;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notifications and shows the signed-in person theirs. */
@Service
public class NotificationService {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 2000;

    private final NotificationMessageRepository messages;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    public NotificationService(NotificationMessageRepository messages, AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.messages = messages;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /** Long titles and bodies (a 300-character document title, say) are shortened, never refused. */
    @Transactional
    public void notify(Collection<Long> recipientIds, String title, String body, String link) {
        String shortTitle = shorten(title, TITLE_MAX);
        String shortBody = shorten(body, BODY_MAX);
        recipientIds.stream().distinct().forEach(id ->
                messages.save(new NotificationMessage(id, shortTitle, shortBody, link, clock.instant())));
    }

    static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return messages.countByRecipientIdAndReadAtIsNull(authenticatedUser.require().personId());
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(int max) {
        return messages.findByRecipientIdOrderByCreatedAtDesc(authenticatedUser.require().personId(),
                PageRequest.of(0, max)).stream().map(NotificationMessage::toNotification).toList();
    }

    @Transactional
    public void markRead(long id) {
        NotificationMessage message = messages.findById(id)
                .filter(m -> m.getRecipientId() == authenticatedUser.require().personId())
                .orElseThrow(() -> BusinessException.notFound("notification.error.notFound", id));
        message.markRead(clock.instant());
    }
}
