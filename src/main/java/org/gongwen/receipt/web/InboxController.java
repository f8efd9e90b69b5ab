package org.gongwen.receipt.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptService;
import org.gongwen.receipt.internal.DeletionRequestInfo;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.InboxQuery;
import org.gongwen.receipt.internal.PrintJob;
import org.gongwen.receipt.internal.PrintRecord;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.receipt.internal.ReceiptEventInfo;
import org.gongwen.receipt.internal.ReceivedAttachment;
import org.gongwen.receipt.internal.ReceivedAttachments;
import org.gongwen.receipt.internal.ReceivedDocument;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueRequestInfo;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.internal.SignForService;
import org.gongwen.receipt.verification.ReceiptChecks;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.Downloads;
import org.gongwen.shared.Translations;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(
        name = "inbox",
        description =
                "收文：本单位收到的公文，供本单位人员（HTTP Basic）和本单位办公系统（Bearer 接口令牌）使用 / "
                        + "documents received by the caller's unit, for its people (HTTP Basic) and its office system (Bearer API token)")
class InboxController {

    static final String OFD = "application/ofd";

    private static final String ENTRY_EXAMPLE = """
            {"distributionId":42,"documentId":7,"unitId":3,"version":1,"title":"关于做好冬季防火工作的通知",
             "docNumber":"清政办〔2026〕12号","urgency":"URGENT","senderName":"清河县人民政府办公室","kind":"MAIN",
             "printQuota":3,"printsUsed":1,"state":"SIGNED","deliveredAt":"2026-11-25T01:02:03Z",
             "receivedAt":"2026-11-25T01:30:00Z","receivedVia":"PRINT","signedAt":"2026-11-25T01:20:00Z",
             "signedBy":"z01.clerk","overdue":false,"unread":false}""";

    private final ReceiptService receipts;
    private final PrintService printing;
    private final SignForService signing;
    private final ReissueService reissues;
    private final DeletionService deletions;
    private final ReceiptVerification verification;
    private final ReceivedAttachments attachments;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;

    InboxController(
            ReceiptService receipts,
            PrintService printing,
            SignForService signing,
            ReissueService reissues,
            DeletionService deletions,
            ReceiptVerification verification,
            ReceivedAttachments attachments,
            AuthenticatedUser authenticatedUser,
            Translations translations) {
        this.attachments = attachments;
        this.receipts = receipts;
        this.printing = printing;
        this.signing = signing;
        this.reissues = reissues;
        this.deletions = deletions;
        this.verification = verification;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
    }

    record InboxPage(List<InboxEntry> items, int page, int size, long total) {

        static InboxPage of(Page<InboxEntry> page) {
            return new InboxPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    @GetMapping
    @Operation(
            summary = "收文列表 / the inbox, newest first",
            description = "Documents delivered to the caller's unit. An office system polls with `since` (ISO-8601 "
                    + "instant) to fetch what arrived after its last poll. County-wide roles may name another unit.",
            responses =
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            value = "{\"items\":[" + ENTRY_EXAMPLE
                                                                    + "],\"page\":0,\"size\":50,\"total\":1}"))))
    InboxPage inbox(
            @Parameter(description = "only documents delivered after this instant, e.g. 2026-11-25T00:00:00Z")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant since,
            @Parameter(description = "title, document number or sender contains") @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) DistributionState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "another unit's id (county-wide roles only)") @RequestParam(required = false)
                    Long unitId) {
        InboxQuery query = new InboxQuery(q, state, overdue, unread, since);
        return InboxPage.of(
                unitId == null ? receipts.inbox(query, page, size) : receipts.inboxOf(unitId, query, page, size));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "一份收文 / one received document",
            responses =
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(
                            responseCode = "200",
                            content = @Content(examples = @ExampleObject(value = ENTRY_EXAMPLE))))
    EntryWithAttachments entry(@PathVariable long id) {
        return new EntryWithAttachments(receipts.entry(id), attachments.list(id));
    }

    /** The entry's fields with its attachments beside them (A11.3). */
    record EntryWithAttachments(@JsonUnwrapped InboxEntry entry, List<ReceivedAttachment> attachments) {}

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(
            summary = "读取附件文件 / read an attachment's file",
            description = "For the recipient unit only (its people or its office system); recorded in the document's "
                    + "history. Attachments delivered on paper (carriedAs PAPER) have no file: 404.")
    ResponseEntity<byte[]> attachment(
            @PathVariable long id, @PathVariable long attachmentId, HttpServletRequest request) {
        ReceivedAttachments.AttachmentFile file = attachments.file(id, attachmentId, request.getRemoteAddr());
        MediaType type = file.mediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.mediaType());
        return Downloads.file(type, Downloads.attachmentUtf8(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }

    @GetMapping("/{id}/detail")
    @Operation(summary = "收文详情：打印记录、历史、重发与删除申请 / detail with print log, history and requests")
    ReceivedDocument detail(@PathVariable long id) {
        return receipts.open(id);
    }

    @GetMapping(value = "/{id}/layout.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "读取签名版式文件 / read the signed layout file",
            description = "Through the office-system interface (Bearer token) this read takes the document into the "
                    + "unit's own system and is its receipt (A14.2); a clerk's read is the unprotected download "
                    + "(脱密下载), which is a receipt too. Recorded either way.")
    ResponseEntity<byte[]> layoutFile(@PathVariable long id, HttpServletRequest request) {
        return receivingRead(
                id, request, MediaType.APPLICATION_PDF, "pdf", receipts::interfaceRead, receipts::unprotectedDownload);
    }

    @GetMapping(value = "/{id}/layout.ofd", produces = OFD)
    @Operation(
            summary = "读取签章OFD版式文件 / read the sealed OFD layout file (GB/T 33190, GB/T 38540 seal)",
            description = "The stored sealed OFD beside layout.pdf, byte for byte; the same authorisation and the same "
                    + "record: through the office-system interface it is the unit's receipt (A14.2), a clerk's read is "
                    + "the unprotected download. 409 for a document issued before OFD layouts were made.")
    ResponseEntity<byte[]> layoutOfd(@PathVariable long id, HttpServletRequest request) {
        return receivingRead(
                id,
                request,
                MediaType.parseMediaType(OFD),
                "ofd",
                receipts::interfaceReadOfd,
                receipts::unprotectedOfdDownload);
    }

    /** How the receiving unit takes a layout file out: the office system's interface read, or a clerk's download. */
    private interface LayoutRead {
        byte[] read(long id, String clientAddress);
    }

    /** Through the office-system interface the read is the unit's receipt (A14.2); a clerk's is 脱密下载. */
    private ResponseEntity<byte[]> receivingRead(
            long id,
            HttpServletRequest request,
            MediaType type,
            String extension,
            LayoutRead byInterface,
            LayoutRead byDownload) {
        LayoutRead read = authenticatedUser.require().isOfficeSystem() ? byInterface : byDownload;
        byte[] file = read.read(id, request.getRemoteAddr());
        return Downloads.file(type, Downloads.attachment("layout-" + id + "." + extension))
                .body(file);
    }

    @GetMapping(value = "/{id}/view.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "在线查看版式文件 / the layout file for the in-browser viewer (recorded, not a receipt)")
    ResponseEntity<byte[]> view(@PathVariable long id, HttpServletRequest request) {
        return Downloads.file(MediaType.APPLICATION_PDF, Downloads.inline("view-" + id + ".pdf"))
                .body(receipts.layoutFileForViewer(id, request.getRemoteAddr()));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "办公系统确认已接收 / the office system confirms it took the document over (idempotent)")
    InboxEntry acknowledge(@PathVariable long id, HttpServletRequest request) {
        return receipts.acknowledge(id, request.getRemoteAddr());
    }

    @GetMapping("/{id}/checks")
    @Operation(summary = "签收前核对：发文单位、签名与完整性、证书、格式 / the checks before signing for (A10.1)")
    List<CheckView> checks(@PathVariable long id) {
        long documentId = receipts.entry(id).documentId();
        ReceiptChecks checks = verification.verify(documentId);
        return checks.checks().stream()
                .map(c -> new CheckView(
                        c.code().name(),
                        translations.getTranslation(c.labelKey(), Translations.requestLocale()),
                        c.passed(),
                        c.detail(translations, Translations.requestLocale())))
                .toList();
    }

    record CheckView(String code, String label, boolean passed, String detail) {}

    @PostMapping("/{id}/sign-for")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "签收 / sign for (every check must pass)")
    void signFor(@PathVariable long id) {
        signing.signFor(id);
    }

    record ReasonRequest(String reason) {}

    @PostMapping("/{id}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "退回发文单位 / return to the sender with a reason (A15)")
    void returnDocument(@PathVariable long id, @RequestBody ReasonRequest body) {
        signing.returnDocument(id, body == null ? null : body.reason());
    }

    @PostMapping(value = "/{id}/prints", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "打印一份 / print one copy",
            description = "Within the quota an official copy with its copy number (header X-Copy-Number); beyond it "
                    + "a copy without red header and seal marked as having no legal force (X-Official: false). "
                    + "X-Remaining-Quota tells how many official copies are left once this one counts: it counts "
                    + "only when the whole file has been written, a response that fails leaves the quota as it was.")
    void print(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintJob job = printing.reserve(id, request.getRemoteAddr());
        response.setHeader("X-Official", String.valueOf(job.official()));
        response.setHeader("X-Remaining-Quota", String.valueOf(job.remainingQuota()));
        if (job.official()) {
            response.setHeader("X-Copy-Number", String.valueOf(job.copyNumber()));
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                Downloads.inlineUtf8(job.fileName(receipts.entry(id).docNumber())));
        printing.deliver(job, response.getOutputStream());
        response.flushBuffer();
    }

    @PostMapping(value = "/{id}/prints/ofd", produces = "application/ofd")
    @Operation(
            summary = "打印一份OFD正式文件 / print one official OFD copy",
            description = "The sealed OFD with the next copy number (份号, header X-Copy-Number) drawn on page 1 and "
                    + "countersigned by the county system; it takes its number from the same quota and ranges as the "
                    + "PDF copies (POST …/prints) and counts the same way, only once the whole file has been written. "
                    + "409 when the quota is used up (there is no OFD copy without legal force) or the document has "
                    + "no OFD (issued before OFD was written).")
    void printOfd(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintJob job = printing.reserveOfd(id, request.getRemoteAddr());
        response.setHeader("X-Official", "true");
        response.setHeader("X-Remaining-Quota", String.valueOf(job.remainingQuota()));
        response.setHeader("X-Copy-Number", String.valueOf(job.copyNumber()));
        response.setContentType("application/ofd");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                Downloads.attachmentUtf8(job.ofdFileName(receipts.entry(id).docNumber())));
        printing.deliverOfd(job, response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/{id}/prints")
    @Operation(summary = "打印记录 / the print log")
    List<PrintRecord> prints(@PathVariable long id) {
        return receipts.prints(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "处理记录：查看、下载、打印、签收…… / the document's history")
    List<ReceiptEventInfo> history(@PathVariable long id) {
        return receipts.history(id);
    }

    record ReissueRequestBody(ReissueKind kind, Integer extraCopies, String reason) {}

    @PostMapping("/{id}/reissue-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "请求重发或追加打印份数 / ask the sender for a re-send or extra copies (A10.2)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "resend",
                                                        value = "{\"kind\":\"RESEND\",\"reason\":\"版式文件校验未通过\"}"),
                                                @ExampleObject(
                                                        name = "extraCopies",
                                                        value =
                                                                "{\"kind\":\"EXTRA_COPIES\",\"extraCopies\":2,\"reason\":\"需分送两个村委会\"}")
                                            })))
    ReissueRequestInfo requestReissue(@PathVariable long id, @RequestBody ReissueRequestBody body) {
        return reissues.request(id, body.kind(), body.extraCopies() == null ? 0 : body.extraCopies(), body.reason());
    }

    @GetMapping("/{id}/reissue-requests")
    List<ReissueRequestInfo> reissueRequests(@PathVariable long id) {
        return reissues.requestsOf(id);
    }

    @PostMapping("/{id}/deletion-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请删除（须分管领导同意）/ ask to delete; the unit's leader decides (A9.2)")
    DeletionRequestInfo requestDeletion(@PathVariable long id, @RequestBody ReasonRequest body) {
        return deletions.request(id, body == null ? null : body.reason());
    }
}
