package org.gongwen.notification.internal;

/** PENDING until delivered (SENT) or given up after the last attempt (FAILED). */
public enum OutboxState {
    PENDING,
    SENT,
    FAILED
}
