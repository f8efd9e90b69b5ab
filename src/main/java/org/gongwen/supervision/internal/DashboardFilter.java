package org.gongwen.supervision.internal;

import java.time.LocalDate;
import org.gongwen.organization.UnitKind;
import org.gongwen.shared.BusinessException;

/**
 * The dashboard's period (days {@code from} to {@code to}, both included, in the county's zone) and
 * an optional unit kind (towns, departments, institutions).
 */
public record DashboardFilter(LocalDate from, LocalDate to, UnitKind unitKind) {

    /** At most a year and a bit: longer periods belong in an inspection report. */
    public static final int MAX_DAYS = 400;

    public DashboardFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.invalid("dashboard.error.period");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw BusinessException.invalid("dashboard.error.periodTooLong", MAX_DAYS);
        }
    }

    public static DashboardFilter lastDays(LocalDate today, int days) {
        return new DashboardFilter(today.minusDays(days - 1L), today, null);
    }
}
