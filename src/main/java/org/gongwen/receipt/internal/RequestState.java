package org.gongwen.receipt.internal;

/** A request decided by someone else: a reissue by the sender, a deletion by the unit's leader. */
public enum RequestState {
    PENDING,
    APPROVED,
    REFUSED
}
