package org.gongwen.supervision;

import java.util.List;

/**
 * How one unit signed for the documents delivered to it in a report's period (A16). Late means
 * signed for after the overdue deadline; missed means still not signed for at the period's end.
 * Times to sign for are in seconds, over the documents signed for, or null when there are none.
 *
 * @param lateSigners  who signed late (full names)
 * @param missedClerks the unit's clerks on duty, answerable for what was missed
 */
public record UnitReceiptFigures(
        long unitId,
        String unitName,
        int delivered,
        int signedInTime,
        int signedLate,
        int missed,
        int returned,
        Long medianSecondsToSign,
        Long slowestSecondsToSign,
        List<String> lateSigners,
        List<String> missedClerks) {

    public UnitReceiptFigures {
        lateSigners = List.copyOf(lateSigners);
        missedClerks = List.copyOf(missedClerks);
    }
}
