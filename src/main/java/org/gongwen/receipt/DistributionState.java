package org.gongwen.receipt;

/** Where one recipient's copy of a document stands. */
public enum DistributionState {
    /** Delivered to the recipient unit, waiting for a clerk to sign for it. */
    DELIVERED,
    /** A clerk of the recipient unit signed for it (签收). */
    SIGNED,
    /** Returned to the sender (退回, A15). */
    RETURNED,
    /** The recipient asked for a reissue or extra copies (A10.2). */
    REISSUE_REQUESTED
}
