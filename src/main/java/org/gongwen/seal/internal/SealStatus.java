package org.gongwen.seal.internal;

/** Where a seal is in its lifecycle (A18-A27). Only an ACTIVE seal signs. */
public enum SealStatus {
    APPLIED,
    REJECTED,
    APPROVED,
    MADE,
    ACTIVE,
    REVOKED
}
