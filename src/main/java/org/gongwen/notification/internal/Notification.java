package org.gongwen.notification.internal;

import java.time.Instant;

/** One in-app message to one person. */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
