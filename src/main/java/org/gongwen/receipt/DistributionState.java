package org.gongwen.receipt;

/**
 * Where one recipient's copy of a document stands: delivered and waiting to be signed for, signed
 * for (签收), returned to the sender with a reason (退回, A15), or replaced by a re-sent version
 * (重发, A10.2).
 */
public enum DistributionState {
    DELIVERED,
    SIGNED,
    RETURNED,
    SUPERSEDED
}
