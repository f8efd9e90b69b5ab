package org.gongwen.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptFigure;
import org.gongwen.supervision.DashboardFigures;
import org.gongwen.supervision.DashboardFilter;
import org.gongwen.supervision.SupervisionDashboard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "supervision", description = "督查：各单位收文及时性等指标 / receipt figures per unit for supervisors (A5, A16)")
class SupervisionController {

    private final SupervisionDashboard dashboard;

    SupervisionController(SupervisionDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/figures")
    @Operation(summary = "督查看板数据 / the dashboard's figures for a period (days, both included) and unit kind",
            description = "Per unit: delivered, signed in time, signed late (迟收), missed (漏收, overdue and unsigned), "
                    + "waiting, returned, reissue requests, median and slowest minutes to sign for, prints against the "
                    + "quota; county totals; documents sent per day. Example: "
                    + "`GET /api/v1/supervision/figures?from=2026-11-01&to=2026-11-30&unitKind=TOWN`")
    DashboardFigures figures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "TOWN, DEPARTMENT or AFFILIATED_INSTITUTION; all when left out")
            @RequestParam(required = false) UnitKind unitKind) {
        return dashboard.figures(new DashboardFilter(from, to, unitKind));
    }

    @GetMapping("/units/{unitId}/receipts")
    @Operation(summary = "指标背后的收文 / the receipts behind one figure of one unit (drill-down)")
    List<InboxEntry> behind(@PathVariable long unitId, @RequestParam ReceiptFigure figure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboard.behind(unitId, figure, new DashboardFilter(from, to, null));
    }
}
