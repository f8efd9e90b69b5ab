package org.gongwen.supervision.internal;

import java.util.List;
import org.gongwen.receipt.DailyDeliveries;

/** Everything the supervisor dashboard shows for one filter, with county-wide totals. */
public record DashboardFigures(
        DashboardFilter filter,
        List<UnitFigures> units,
        List<DailyDeliveries> daily,
        long delivered,
        long signedInTime,
        long signedLate,
        long missed,
        long waiting,
        long returned,
        long reissueRequests,
        long printsUsed,
        long printQuota,
        long unofficialPrints,
        long documentsSent) {}
