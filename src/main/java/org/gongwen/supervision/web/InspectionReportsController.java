package org.gongwen.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.shared.Downloads;
import org.gongwen.supervision.internal.InspectionReportDetails;
import org.gongwen.supervision.internal.InspectionReportInfo;
import org.gongwen.supervision.internal.InspectionReportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inspection-reports")
@Tag(name = "inspection-reports", description = "电子公文接收情况通报 / inspection reports on receipts (A5, A16)")
class InspectionReportsController {

    private static final String REPORT_EXAMPLE = """
            {"id":5,"docNumber":"清政办通〔2026〕5号","title":"关于2026年10月份电子公文接收情况的通报",
             "periodFrom":"2026-10-01","periodTo":"2026-10-31","state":"PUBLISHED","note":null,"startedBy":null,
             "createdAt":"2026-11-01T01:00:00Z","builtAt":"2026-11-01T01:00:05Z",
             "publishedAt":"2026-11-02T02:30:00Z","publishedBy":"bgs.staff"}""";

    private static final String DETAILS_EXAMPLE = "{\"report\":" + REPORT_EXAMPLE + """
            ,"units":[{"unitId":3,"unitName":"清河县城关镇人民政府","delivered":12,"signedInTime":9,"signedLate":2,
              "missed":1,"returned":0,"medianSecondsToSign":5700,"slowestSecondsToSign":90000,
              "lateSigners":["王芳"],"missedClerks":["李明"]}]}""";

    private static final String STARTED_EXAMPLE = """
            {"id":6,"docNumber":"清政办通〔2026〕6号","title":"关于2026年11月1日至2026年11月15日电子公文接收情况的通报",
             "periodFrom":"2026-11-01","periodTo":"2026-11-15","state":"DRAFT","note":null,"startedBy":"bgs.staff",
             "createdAt":"2026-11-16T02:00:00Z","builtAt":null,"publishedAt":null,"publishedBy":null}""";

    private final InspectionReportService reports;

    InspectionReportsController(InspectionReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(
            summary =
                    "Published reports, newest first; the county office, supervisors and administrators also see drafts")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = InspectionReportInfo.class)),
                            examples = @ExampleObject(value = "[" + REPORT_EXAMPLE + "]")))
    List<InspectionReportInfo> list() {
        return reports.list();
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "A report with its per-unit figures: delivered, signed in time, late, missed, returned, "
                            + "median and slowest seconds to sign for, who signed late and the clerks answerable for missed ones",
            description = "Missed (漏收) means still unsigned at the end of the report's period, as the report froze it; "
                    + "the dashboard's figures count what is overdue and unsigned now.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = InspectionReportDetails.class),
                            examples = @ExampleObject(value = DETAILS_EXAMPLE)))
    InspectionReportDetails get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as a PDF in the county's layout, as last built")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.file(MediaType.APPLICATION_PDF, Downloads.inlineUtf8("inspection-report-" + id + ".pdf"))
                .body(reports.pdf(id));
    }

    /** Both days included; send neither for the previous calendar month. */
    record StartRequest(LocalDate from, LocalDate to) {}

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "County office or supervisor: start a report by hand (receipt-inspection); it is built "
                    + "in the background and then waits for the county office's review",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = StartRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"from\":\"2026-11-01\",\"to\":\"2026-11-15\"}"))))
    @ApiResponse(
            responseCode = "202",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = InspectionReportInfo.class),
                            examples = @ExampleObject(value = STARTED_EXAMPLE)))
    InspectionReportInfo start(@RequestBody(required = false) StartRequest request) {
        return request == null ? reports.start(null, null) : reports.start(request.from(), request.to());
    }
}
