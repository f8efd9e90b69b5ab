package org.gongwen.supervision.internal;

import java.util.List;

/**
 * How one unit signed for the documents delivered to it in an inspection report's period (A16), as
 * the report froze it. Late means signed for after the overdue deadline; missed means still not
 * signed for at the period's end (the dashboard's {@link org.gongwen.receipt.UnitReceiptFigures}
 * counts missed as of now instead). Times to sign for are in seconds, over the documents signed
 * for, or null when there are none.
 *
 * @param lateSigners  who signed late (full names)
 * @param missedClerks the unit's clerks on duty, answerable for what was missed
 */
public record InspectionUnitFigures(
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

    public InspectionUnitFigures {
        lateSigners = List.copyOf(lateSigners);
        missedClerks = List.copyOf(missedClerks);
    }
}
