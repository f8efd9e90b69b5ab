package org.gongwen.notification.internal;

public record UnreadCount(long personId, long count) {}
