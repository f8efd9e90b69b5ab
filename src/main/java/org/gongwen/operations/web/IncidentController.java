package org.gongwen.operations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.gongwen.operations.IncidentService;
import org.gongwen.operations.internal.FaultReport;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.operations.internal.IncidentReports;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
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
@RequestMapping("/api/v1/incidents")
@Tag(name = "incidents", description = "系统故障 / system faults and incident reports (A31)")
class IncidentController {

    private final IncidentService incidents;
    private final Translations translations;
    private final CountyZone zone;

    IncidentController(IncidentService incidents, Translations translations, CountyZone zone) {
        this.incidents = incidents;
        this.translations = translations;
        this.zone = zone;
    }

    record FaultRequest(
            @NotBlank String what,
            @NotNull Instant since,
            @NotBlank String impact) {}

    record CurrentIncident(boolean paperMode, IncidentInfo incident) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A unit's technician or clerk reports a fault to the information centre")
    IncidentInfo report(@Valid @RequestBody FaultRequest request) {
        return incidents.report(new FaultReport(request.what(), request.since(), request.impact()));
    }

    @GetMapping
    @Operation(summary = "Incident reports, newest first (information centre, county office, administrator)")
    List<IncidentInfo> list() {
        return incidents.incidents();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident report with its timeline")
    IncidentInfo one(@PathVariable long id) {
        return incidents.incident(id);
    }

    @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "One incident report as a PDF",
            description = "故障处置记录: the fault as reported, its handling, paper transmission and restoration, "
                    + "in Simplified Chinese in the county's layout with the county information centre as issuer, "
                    + "dated today (information centre, county office, administrator).")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
        return Downloads.file(MediaType.APPLICATION_PDF, Downloads.attachment("incident-" + id + ".pdf"))
                .body(incidents.reportPdf(id));
    }

    @GetMapping("/current")
    @Operation(summary = "Whether documents go on paper now because of an unrestored fault (any signed-in caller)")
    CurrentIncident current() {
        return incidents.current().map(i -> new CurrentIncident(true, i)).orElse(new CurrentIncident(false, null));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Incident reports as CSV (UTF-8 with BOM)")
    ResponseEntity<byte[]> export() {
        byte[] csv = IncidentReports.csv(incidents.incidents(), translations, zone, Translations.requestLocale());
        return Downloads.file(Downloads.CSV, Downloads.attachment("incidents.csv"))
                .body(csv);
    }
}
