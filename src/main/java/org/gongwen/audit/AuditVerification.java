package org.gongwen.audit;

/**
 * The result of walking the chain: {@code ok}, how many entries were checked, and the first
 * broken link: the entry's id and why.
 */
public record AuditVerification(boolean ok, long checked, Long firstBrokenId, Reason reason) {

    public enum Reason {
        /** The entry's fields no longer give its hash: it was edited. */
        HASH_MISMATCH,
        /** The entry does not chain to the one before it: an entry before it was deleted, inserted or replaced. */
        PREV_HASH_MISMATCH,
        /** Ids skip before this entry (or the log ends before the head): entries were deleted. */
        ID_GAP,
        /** The entry lies beyond the recorded head of the chain: it was appended by hand. */
        BEYOND_HEAD
    }

    public static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long id, Reason reason) {
        return new AuditVerification(false, checked, id, reason);
    }
}
