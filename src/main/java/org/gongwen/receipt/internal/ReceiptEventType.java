package org.gongwen.receipt.internal;

/** What happened to a received document; the detail page lists them as its history. */
public enum ReceiptEventType {
    DELIVERED,
    RECEIVED,
    VIEWED,
    DOWNLOADED,
    INTERFACE_READ,
    ACKNOWLEDGED,
    PRINTED,
    SIGNED,
    RETURNED,
    REMINDED,
    OVERDUE,
    REISSUE_REQUESTED,
    REISSUE_APPROVED,
    REISSUE_REFUSED,
    SUPERSEDED,
    QUOTA_RAISED,
    DELETION_REQUESTED,
    DELETION_APPROVED,
    DELETION_REFUSED
}
