package org.gongwen.supervision;

import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.UnitReceiptFigures;

/** One unit's row of the dashboard: its name and kind with its receipt figures. */
public record UnitFigures(long unitId, String unitName, UnitKind unitKind, UnitReceiptFigures figures) {

    /** Share of delivered documents signed for in time, in percent (100 when nothing was delivered). */
    public int inTimePercent() {
        return figures.delivered() == 0 ? 100 : (int) Math.round(100.0 * figures.signedInTime() / figures.delivered());
    }
}
