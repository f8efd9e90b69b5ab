package org.gongwen.receipt;

/**
 * How one recipient unit received in a period (A16), as things stand now: counts per
 * {@link ReceiptFigure} (missed is overdue and still unsigned now), the time to sign for (median and
 * slowest, in minutes; null when nothing was signed for), prints against the quota, and reissue requests.
 */
public record UnitReceiptFigures(
        long unitId,
        long delivered,
        long signedInTime,
        long signedLate,
        long missed,
        long waiting,
        long returned,
        long reissueRequests,
        Long medianMinutesToSign,
        Long slowestMinutesToSign,
        long printsUsed,
        long printQuota,
        long unofficialPrints) {

    public long count(ReceiptFigure figure) {
        return switch (figure) {
            case DELIVERED -> delivered;
            case SIGNED_IN_TIME -> signedInTime;
            case SIGNED_LATE -> signedLate;
            case MISSED -> missed;
            case WAITING -> waiting;
            case RETURNED -> returned;
        };
    }
}
