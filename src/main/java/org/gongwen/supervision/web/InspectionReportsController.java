package org.gongwen.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.supervision.InspectionReportDetails;
import org.gongwen.supervision.InspectionReportInfo;
import org.gongwen.supervision.InspectionReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    private final InspectionReportService reports;

    InspectionReportsController(InspectionReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Published reports, newest first; the county office, supervisors and administrators also see drafts")
    List<InspectionReportInfo> list() {
        return reports.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report with its per-unit figures: delivered, signed in time, late, missed, returned, "
            + "median and slowest seconds to sign for, who signed late and the clerks answerable for missed ones")
    InspectionReportDetails get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as a PDF in the county's layout, as last built")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("inspection-report-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(reports.pdf(id));
    }

    /** Both days included; send neither for the previous calendar month. */
    record StartRequest(LocalDate from, LocalDate to) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "County office or supervisor: start a report by hand (receipt-inspection); it is built "
            + "in the background and then waits for the county office's review")
    InspectionReportInfo start(@RequestBody(required = false) StartRequest request) {
        return request == null ? reports.start(null, null) : reports.start(request.from(), request.to());
    }
}
