package org.gongwen.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.archive.internal.ArchiveCheck;
import org.gongwen.archive.internal.ArchivePackages;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/archive")
@Tag(
        name = "archive",
        description =
                "归档包：单件下载、批量导出、复核（A38）/ archival packages: per document, per period, " + "and checking a package again")
class ArchiveController {

    private static final String ZIP = "application/zip";
    private static final String CHECK_EXAMPLE = """
            {"ok": false, "findings": [{"file": "metadata.xml", "problem": "CHANGED",
              "message": "文件 metadata.xml 已被改动（SHA-256 不符）"}]}""";

    private final ArchivePackages archive;
    private final Translations translations;

    ArchiveController(ArchivePackages archive, Translations translations) {
        this.archive = archive;
        this.translations = translations;
    }

    record Finding(String file, String problem, String message) {}

    record CheckResult(boolean ok, List<Finding> findings) {}

    @GetMapping(value = "/documents/{id}.zip", produces = ZIP)
    @Operation(
            summary = "The archival package of a sent document",
            description = "ZIP: layout.pdf, signature-report.xml, layout.ofd (the sealed OFD, GB/T 38540 SM2 seal) and "
                    + "ofd-signature-report.xml (each OFD signature: seal, signer certificate, standing with the SM2 "
                    + "county CA at signing time, SES_Seal check, intact or the failure) when the document has an OFD "
                    + "(documents stamped before OFD have none), metadata.xml (lists layout.ofd with its SHA-256), "
                    + "process-trail.xml, audit.xml and manifest-sha256.txt (sha256sum format). 409 while the document "
                    + "is not sent. County-wide roles, and the clerks and leaders of the sending unit.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ZIP))
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Downloads.file(MediaType.parseMediaType(ZIP), Downloads.attachment("document-" + id + ".zip"))
                .body(archive.packageOf(id));
    }

    @PostMapping(value = "/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Check an archival package again",
            description = "Manifest present, every listed file present with its SHA-256, no unlisted file, the PDF's "
                    + "signature still valid and, when the package holds layout.ofd, every OFD signature intact "
                    + "(finding SIGNATURE_INVALID naming layout.ofd otherwise). 400 for a file that is no ZIP, 413 above "
                    + "the upload limit.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CheckResult.class),
                            examples = @ExampleObject(value = CHECK_EXAMPLE)))
    CheckResult check(@RequestPart("file") @Parameter(description = "the package ZIP") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw BusinessException.invalid("archive.error.notZip");
        }
        ArchiveCheck result = archive.check(file.getBytes());
        return new CheckResult(
                result.ok(),
                result.findings().stream()
                        .map(f -> new Finding(
                                f.file(),
                                f.problem().name(),
                                translations.get(f.problem().messageKey(), f.file())))
                        .toList());
    }

    @GetMapping(value = "/export.zip", produces = ZIP)
    @Operation(
            summary = "The packages of every document sent in a period",
            description = "One ZIP with document-<id>.zip per document sent from `from` to `to` (both days included). "
                    + "County office, supervisors and administrators.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ZIP))
    void export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-03-01")
                    LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-03-31")
                    LocalDate to,
            HttpServletResponse response)
            throws IOException {
        archive.sentIn(from, to); // refuses a role or a period before the response is committed
        response.setContentType(ZIP);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("archive-" + from + "-" + to + ".zip"));
        archive.exportPeriod(from, to, response.getOutputStream());
    }
}
