package org.gongwen.seal.internal;

/** The steps recorded in a seal's history. Stored by name: never rename a constant, only add. */
public enum SealAction {
    APPLIED,
    APPROVED,
    REJECTED,
    MADE,
    ACTIVATED,
    REVOCATION_REQUESTED,
    REVOKED,
    RESTORED,
    CUSTODIAN_CHANGED,
    /** The county office approved or refused a revocation (A26). */
    REVOCATION_APPROVED,
    REVOCATION_REFUSED,
    /** One of the three parties confirmed or refused the revocation on site (A22). */
    WITNESS_CONFIRMED,
    WITNESS_REFUSED,
    /** The confirmation deadline passed before all three parties confirmed: the revocation has no effect. */
    REVOCATION_LAPSED,
    /** A seal made before SM2 got its SM2 certificate and GB/T 38540 electronic seal (one-time migration). */
    SM2_ISSUED
}
