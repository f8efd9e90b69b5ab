package org.gongwen.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection report (通报) as the API and the views show it; the period runs from
 * {@code periodFrom} to {@code periodTo}, both days included.
 */
public record InspectionReportInfo(
        long id,
        String docNumber,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        ReportState state,
        String note,
        String startedBy,
        Instant createdAt,
        Instant builtAt,
        Instant publishedAt,
        String publishedBy) {

    public boolean built() {
        return builtAt != null;
    }
}
