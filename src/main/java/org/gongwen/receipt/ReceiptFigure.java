package org.gongwen.receipt;

/** What a supervisor can drill into: the receipts behind one figure of a unit. */
public enum ReceiptFigure {
    /** every document delivered in the period */
    DELIVERED,
    /** signed for before the overdue deadline */
    SIGNED_IN_TIME,
    /** signed for after it was marked overdue (迟收) */
    SIGNED_LATE,
    /** overdue and still not signed for (漏收) */
    MISSED,
    /** not yet signed for, not yet overdue */
    WAITING,
    /** returned to the sender (退回) */
    RETURNED
}
