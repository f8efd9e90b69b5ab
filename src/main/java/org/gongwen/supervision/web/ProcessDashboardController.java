package org.gongwen.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.organization.UnitKind;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.OpenWork;
import org.gongwen.supervision.internal.ProcessDashboard;
import org.gongwen.supervision.internal.ProcessDashboardExport;
import org.gongwen.supervision.internal.ProcessFailure;
import org.gongwen.supervision.internal.ProcessFigures;
import org.gongwen.supervision.internal.ProcessOperations;
import org.gongwen.supervision.internal.ProcessTimeline;
import org.gongwen.supervision.internal.ProcessTrends;
import org.gongwen.supervision.internal.WaitingInstance;
import org.gongwen.supervision.internal.WeeklyTrend;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision/processes")
@Tag(
        name = "process dashboard",
        description = "流程看板：各流程在办、等待与耗时 / every process at work, for "
                + "supervisors and the county office; a unit leader sees their own unit (A5, A16)")
class ProcessDashboardController {

    private final ProcessDashboard dashboard;
    private final ProcessTrends trends;
    private final ProcessOperations operations;
    private final Translations translations;

    ProcessDashboardController(
            ProcessDashboard dashboard, ProcessTrends trends, ProcessOperations operations, Translations translations) {
        this.dashboard = dashboard;
        this.trends = trends;
        this.operations = operations;
        this.translations = translations;
    }

    @GetMapping
    @Operation(
            summary = "每个流程的数字 / every deployed process: started, running, completed; waits per step",
            description = "Started and completed count instances in the period (days, both included, county time); "
                    + "running counts them now. Per step: waiting now, waits ended in the period, their median and "
                    + "90th percentile in working hours (nearest rank), the slowest step flagged. Example: "
                    + "`GET /api/v1/supervision/processes?from=2026-11-01&to=2026-11-30`")
    List<ProcessFigures> processes(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboard.processes(new DashboardFilter(from, to, null));
    }

    @GetMapping("/{key}")
    @Operation(summary = "一个流程的数字 / one process's figures, e.g. `GET .../processes/document-approval?from=…&to=…`")
    ProcessFigures process(
            @PathVariable String key,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboard.process(key, new DashboardFilter(from, to, null));
    }

    @GetMapping(value = "/{key}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "流程图 / the process model (BPMN 2.0 XML, latest version) the dashboard draws")
    String diagram(@PathVariable String key) {
        return dashboard.diagram(key);
    }

    @GetMapping("/{key}/steps/{activityId}/waiting")
    @Operation(
            summary = "在此步骤等待的实例 / the instances waiting at one step now, longest first",
            description = "Each with its subject (document title, seal name), unit, assignee or candidate groups, "
                    + "since when, working hours waited, due date and overdue flag, and the page that shows it. "
                    + "Example: `GET /api/v1/supervision/processes/document-approval/steps/Task_LeaderApprove/waiting`")
    List<WaitingInstance> waiting(@PathVariable String key, @PathVariable String activityId) {
        return dashboard.waiting(key, activityId);
    }

    @GetMapping("/instances/{processInstanceId}/timeline")
    @Operation(summary = "实例经过 / every step of one instance with who and when, from the engine's history")
    ProcessTimeline timeline(@PathVariable String processInstanceId) {
        return dashboard.timeline(processInstanceId);
    }

    @GetMapping("/open-work")
    @Operation(summary = "在办工作 / open tasks per unit and per person, the most overdue first")
    OpenWork openWork() {
        return dashboard.openWork();
    }

    @GetMapping("/trends")
    @Operation(
            summary = "每周趋势 / per week and unit kind: documents sent and median working hours from "
                    + "submission to sending; copies signed for and median working hours from delivery to sign-for")
    List<WeeklyTrend> trends(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "TOWN, DEPARTMENT or AFFILIATED_INSTITUTION; all when left out")
                    @RequestParam(required = false)
                    UnitKind unitKind) {
        return trends.weekly(new DashboardFilter(from, to, unitKind));
    }

    @GetMapping(value = "/export.xlsx", produces = Downloads.XLSX_VALUE)
    @Operation(summary = "导出 Excel / steps, weekly trends and open work as an Excel workbook")
    ResponseEntity<byte[]> export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UnitKind unitKind) {
        DashboardFilter filter = new DashboardFilter(from, to, unitKind);
        byte[] body = new ProcessDashboardExport(translations::getTranslation, Translations.requestLocale())
                .xlsx(dashboard.processes(filter), trends.weekly(filter), dashboard.openWork());
        return Downloads.file(Downloads.XLSX, Downloads.attachment("process-dashboard.xlsx"))
                .body(body);
    }

    @GetMapping("/failures")
    @Operation(summary = "失败的作业与事件 / open incidents and failing jobs (administrators)")
    List<ProcessFailure> failures() {
        return operations.failures();
    }

    @PostMapping("/jobs/{jobId}/retry")
    @Operation(summary = "重试 / run a failed job again (administrators)")
    ResponseEntity<Void> retry(@PathVariable String jobId) {
        operations.retry(jobId);
        return ResponseEntity.noContent().build();
    }
}
