package org.gongwen.seal;

/** The steps recorded in a seal's history. */
public enum SealAction {
    APPLIED, APPROVED, REJECTED, MADE, ACTIVATED, REVOCATION_REQUESTED, REVOKED, RESTORED, CUSTODIAN_CHANGED
}
