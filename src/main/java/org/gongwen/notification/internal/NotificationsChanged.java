package org.gongwen.notification.internal;

import java.util.Set;

/** These people got in-app messages or read one; their badges are refreshed after commit. */
public record NotificationsChanged(Set<Long> personIds) {}
