package org.gongwen.supervision.internal;

import java.util.List;

/** A report with its per-unit figures as last built. */
public record InspectionReportDetails(InspectionReportInfo report, List<InspectionUnitFigures> units) {

    public InspectionReportDetails {
        units = List.copyOf(units);
    }
}
