package org.gongwen.supervision.internal;

import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.UnitReceiptFigures;

/** One unit's row of the dashboard: its name and kind with its receipt figures. */
public record UnitFigures(long unitId, String unitName, UnitKind unitKind, UnitReceiptFigures figures) {

    /**
     * The documents whose time to sign for has come: signed for (in time or late) or missed. One still
     * waiting within its time is not yet due, and one returned was answered, not signed for.
     */
    public long due() {
        return figures.signedInTime() + figures.signedLate() + figures.missed();
    }

    /** Share of the due documents signed for in time, in percent (100 when nothing is due yet). */
    public int inTimePercent() {
        return due() == 0 ? 100 : (int) Math.round(100.0 * figures.signedInTime() / due());
    }
}
