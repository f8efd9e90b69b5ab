package org.gongwen.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptFigure;
import org.gongwen.supervision.internal.DashboardFigures;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.SupervisionDashboard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "supervision", description = "督查：各单位收文及时性等指标 / receipt figures per unit for supervisors (A5, A16)")
class SupervisionController {

    private static final String FIGURES_EXAMPLE = """
            {"filter":{"from":"2026-11-01","to":"2026-11-30","unitKind":"TOWN"},
             "units":[{"unitId":3,"unitName":"清河县城关镇人民政府","unitKind":"TOWN",
               "figures":{"unitId":3,"delivered":12,"signedInTime":9,"signedLate":2,"missed":1,"waiting":0,
                 "returned":0,"reissueRequests":1,"medianMinutesToSign":95,"slowestMinutesToSign":1500,
                 "printsUsed":20,"printQuota":36,"unofficialPrints":1}}],
             "daily":[{"day":"2026-11-02","documents":2,"distributions":5},
               {"day":"2026-11-03","documents":1,"distributions":7}],
             "delivered":12,"signedInTime":9,"signedLate":2,"missed":1,"waiting":0,"returned":0,
             "reissueRequests":1,"printsUsed":20,"printQuota":36,"unofficialPrints":1,"documentsSent":3}""";

    private static final String RECEIPTS_EXAMPLE = """
            [{"distributionId":318,"documentId":57,"unitId":3,"version":1,"title":"关于开展冬季安全生产大检查的通知",
              "docNumber":"清政办〔2026〕31号","urgency":"NONE","senderName":"清河县人民政府办公室","kind":"MAIN",
              "printQuota":3,"printsUsed":0,"state":"DELIVERED","deliveredAt":"2026-11-10T01:00:00Z",
              "receivedAt":null,"receivedVia":null,"signedAt":null,"signedBy":null,"overdue":true,"unread":true}]""";

    private final SupervisionDashboard dashboard;

    SupervisionController(SupervisionDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/figures")
    @Operation(
            summary = "督查看板数据 / the dashboard's figures for a period (days, both included) and unit kind",
            description = "Per unit: delivered, signed in time, signed late (迟收), missed (漏收, overdue and still "
                    + "unsigned now; an inspection report counts what was unsigned at its period's end instead), "
                    + "waiting, returned, reissue requests, median and slowest minutes to sign for, prints against the "
                    + "quota; county totals; documents sent per day. Example: "
                    + "`GET /api/v1/supervision/figures?from=2026-11-01&to=2026-11-30&unitKind=TOWN`")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DashboardFigures.class),
                            examples = @ExampleObject(value = FIGURES_EXAMPLE)))
    DashboardFigures figures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "TOWN, DEPARTMENT or AFFILIATED_INSTITUTION; all when left out")
                    @RequestParam(required = false)
                    UnitKind unitKind) {
        return dashboard.figures(new DashboardFilter(from, to, unitKind));
    }

    @GetMapping("/units/{unitId}/receipts")
    @Operation(
            summary = "指标背后的收文 / the receipts behind one figure of one unit (drill-down)",
            description = "Newest first. Example: `GET /api/v1/supervision/units/3/receipts?figure=MISSED"
                    + "&from=2026-11-01&to=2026-11-30`")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = InboxEntry.class)),
                            examples = @ExampleObject(value = RECEIPTS_EXAMPLE)))
    List<InboxEntry> behind(
            @PathVariable long unitId,
            @RequestParam ReceiptFigure figure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboard.behind(unitId, figure, new DashboardFilter(from, to, null));
    }
}
