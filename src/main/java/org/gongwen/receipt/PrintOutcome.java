package org.gongwen.receipt;

/** What became of a print attempt: its file on the way, delivered to the browser (counted), or not delivered. */
public enum PrintOutcome {
    PENDING,
    DELIVERED,
    FAILED
}
