package org.gongwen.audit.internal;

import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditVerification;
import org.gongwen.audit.AuditVerification.Reason;

/**
 * Walks entries in id order and stops at the first broken link. Fed one entry at a time, so
 * the log is checked page by page however long it is.
 */
public final class AuditChain {

    private long expectedId = 1;
    private String expectedPrevHash = AuditHashes.GENESIS;
    private long checked;
    private AuditVerification broken;

    /** Checks the next entry; false once the chain is broken. */
    public boolean accept(AuditEntryInfo entry) {
        if (broken != null) {
            return false;
        }
        if (entry.id() != expectedId) {
            return fail(entry.id(), Reason.ID_GAP);
        }
        if (!entry.prevHash().equals(expectedPrevHash)) {
            return fail(entry.id(), Reason.PREV_HASH_MISMATCH);
        }
        if (!AuditHashes.hash(entry).equals(entry.hash())) {
            return fail(entry.id(), Reason.HASH_MISMATCH);
        }
        checked++;
        expectedId++;
        expectedPrevHash = entry.hash();
        return true;
    }

    /**
     * The result once every entry up to the head ({@code headId}, {@code headHash}) has been
     * fed: entries missing at the end are a gap at the first missing id.
     */
    public AuditVerification result(long headId, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (expectedId - 1 < headId) {
            return AuditVerification.broken(checked, expectedId, Reason.ID_GAP);
        }
        if (!expectedPrevHash.equals(headHash)) {
            // the last entry was replaced by one that is consistent in itself
            return AuditVerification.broken(checked - 1, headId, Reason.HASH_MISMATCH);
        }
        return AuditVerification.intact(checked);
    }

    private boolean fail(long id, Reason reason) {
        broken = AuditVerification.broken(checked, id, reason);
        return false;
    }
}
