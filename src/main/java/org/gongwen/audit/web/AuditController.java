package org.gongwen.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditLog;
import org.gongwen.audit.AuditVerification;
import org.gongwen.audit.internal.AuditFilter;
import org.gongwen.audit.internal.AuditSearch;
import org.gongwen.shared.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(
        name = "audit",
        description = "审计日志：查询、校验哈希链、导出（系统管理员、督查人员、县府办）/ "
                + "the hash-chained audit log: list, verify, export (ADMIN, SUPERVISOR, COUNTY_OFFICE)")
class AuditController {

    private static final String PAGE_EXAMPLE = """
            {"total": 1, "offset": 0, "limit": 50, "entries": [{"id": 4711, "at": "2026-03-02T08:15:30Z",
              "actor": "z05.clerk", "actorUnitId": 6, "action": "PRINT", "targetType": "distribution",
              "targetId": "318", "detail": "PRINTED: 份号 2", "clientAddress": "10.0.5.23",
              "prevHash": "9f2c…", "hash": "5be1…"}]}""";
    private static final String VERIFICATION_EXAMPLE = """
            {"ok": false, "checked": 4710, "firstBrokenId": 4711, "reason": "HASH_MISMATCH"}""";

    private final AuditSearch search;
    private final AuditLog log;

    AuditController(AuditSearch search, AuditLog log) {
        this.search = search;
        this.log = log;
    }

    record AuditPage(long total, long offset, int limit, List<AuditEntryInfo> entries) {}

    @GetMapping
    @Operation(summary = "List audit entries, newest first, filtered and paged")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AuditPage.class),
                            examples = @ExampleObject(value = PAGE_EXAMPLE)))
    AuditPage list(
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Parameter(description = "from (inclusive), e.g. 2026-03-01T00:00:00Z")
                    Instant from,
            @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    @Parameter(description = "to (exclusive)")
                    Instant to,
            @RequestParam(required = false) @Parameter(example = "z05.clerk") String actor,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @Parameter(description = "the actor's unit id") Long unitId,
            @RequestParam(required = false) @Parameter(example = "distribution") String targetType,
            @RequestParam(required = false) @Parameter(example = "318") String targetId,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit) {
        AuditFilter filter = new AuditFilter(from, to, actor, action, unitId, targetType, targetId);
        int size = Math.max(1, Math.min(limit, 500));
        return new AuditPage(search.count(filter), offset, size, search.find(filter, Math.max(0, offset), size));
    }

    @GetMapping("/verification")
    @Operation(
            summary = "Verify the whole hash chain; names the first broken entry and why",
            description =
                    "reason: HASH_MISMATCH (the entry was edited), PREV_HASH_MISMATCH (an entry before it was "
                            + "deleted, inserted or replaced), ID_GAP (entries deleted before it), BEYOND_HEAD (appended by hand)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AuditVerification.class),
                            examples = @ExampleObject(value = VERIFICATION_EXAMPLE)))
    AuditVerification verification() {
        return log.verify();
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The filtered entries as CSV (UTF-8 with BOM, for Excel), newest first")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "id,at,actor,actor_unit_id,action,target_type,target_id,detail,client_address,prev_hash,hash\r\n"
                                                            + "4711,2026-03-02T08:15:30Z,z05.clerk,6,PRINT,distribution,318,PRINTED,10.0.5.23,9f2c…,5be1…")))
    void export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = new AuditFilter(from, to, actor, action, unitId, targetType, targetId);
        search.count(filter); // refuses a role that may not read the log before the response is committed
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("audit.csv"));
        search.exportCsv(filter, response.getOutputStream());
    }
}
