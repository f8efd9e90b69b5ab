package org.gongwen.supervision.internal;

import static org.gongwen.organization.Role.Names.ADMIN;
import static org.gongwen.organization.Role.Names.COUNTY_OFFICE;
import static org.gongwen.organization.Role.Names.SUPERVISOR;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DailyDeliveries;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptFigure;
import org.gongwen.receipt.ReceiptFigures;
import org.gongwen.receipt.UnitReceiptFigures;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The county office's view of how every unit receives (A5, A16): per-unit timeliness (median and
 * slowest time to sign for), late and missed receipts, documents sent per day, prints against the
 * quotas, returns and reissue requests; and the documents behind any figure.
 */
@Service
@Secured({"ROLE_" + SUPERVISOR, "ROLE_" + COUNTY_OFFICE, "ROLE_" + ADMIN})
public class SupervisionDashboard {

    private final ReceiptFigures receipts;
    private final OrganizationService organization;
    private final ZoneId zone;

    SupervisionDashboard(ReceiptFigures receipts, OrganizationService organization, CountyZone county) {
        this.receipts = receipts;
        this.organization = organization;
        this.zone = county.zone();
    }

    public DashboardFigures figures(DashboardFilter filter) {
        Map<Long, UnitInfo> units =
                organization.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity()));
        List<UnitFigures> rows = receipts.perUnit(start(filter), end(filter)).stream()
                .filter(f -> units.containsKey(f.unitId()))
                .filter(f -> filter.unitKind() == null || units.get(f.unitId()).kind() == filter.unitKind())
                .map(f -> new UnitFigures(
                        f.unitId(),
                        units.get(f.unitId()).fullName(),
                        units.get(f.unitId()).kind(),
                        f))
                .sorted(Comparator.comparingInt(UnitFigures::inTimePercent).thenComparing(UnitFigures::unitName))
                .toList();
        List<DailyDeliveries> daily = receipts.daily(start(filter), end(filter), zone);
        return new DashboardFigures(
                filter,
                rows,
                daily,
                sum(rows, UnitReceiptFigures::delivered),
                sum(rows, UnitReceiptFigures::signedInTime),
                sum(rows, UnitReceiptFigures::signedLate),
                sum(rows, UnitReceiptFigures::missed),
                sum(rows, UnitReceiptFigures::waiting),
                sum(rows, UnitReceiptFigures::returned),
                sum(rows, UnitReceiptFigures::reissueRequests),
                sum(rows, UnitReceiptFigures::printsUsed),
                sum(rows, UnitReceiptFigures::printQuota),
                sum(rows, UnitReceiptFigures::unofficialPrints),
                daily.stream().mapToLong(DailyDeliveries::documents).sum());
    }

    /** The receipts of one unit behind one figure, for the drill-down. */
    public List<InboxEntry> behind(long unitId, ReceiptFigure figure, DashboardFilter filter) {
        if (organization.unit(unitId).isEmpty()) {
            throw BusinessException.notFound("error.unitNotFound", unitId);
        }
        return receipts.behind(unitId, figure, start(filter), end(filter));
    }

    private Instant start(DashboardFilter filter) {
        return filter.from().atStartOfDay(zone).toInstant();
    }

    private Instant end(DashboardFilter filter) {
        return filter.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static long sum(List<UnitFigures> rows, ToLongFunction<UnitReceiptFigures> figure) {
        return rows.stream().mapToLong(r -> figure.applyAsLong(r.figures())).sum();
    }
}
