package org.gongwen.receipt.internal;

/**
 * What became of a print attempt: reserved and its file not yet asked for (PENDING), its file being
 * written to the browser (DELIVERING), delivered to the browser (counted), or not delivered.
 */
public enum PrintOutcome {
    PENDING,
    DELIVERING,
    DELIVERED,
    FAILED
}
