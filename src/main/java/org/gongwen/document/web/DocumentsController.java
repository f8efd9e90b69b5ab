package org.gongwen.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongwen.document.DistributionLookup;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.internal.AttachedDocument;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "documents", description = "拟稿、审批与发文 / drafting, approval and sending of the caller's unit's documents")
class DocumentsController {

    static final String PAPER_RULE = "A file over `gongwen.document.attachment-transmit-limit` (10 MB), or one that "
            + "would take the body PDF and the electronic attachments together past "
            + "`gongwen.document.document-transmit-limit` (50 MB), is not refused: it is recorded with "
            + "`paperOnly: true` (纸质送达, A11.3; its content is not kept and goes on paper) and the answer's "
            + "`message` says which file and why, in the caller's language; `message` is absent when every file "
            + "goes electronically. Only a request beyond the server's upload limits "
            + "(`spring.servlet.multipart.*`, 100 MB a file, 120 MB a request) is refused, with 413 and the JSON "
            + "error.";

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final ObjectProvider<DistributionLookup> distributions;
    private final Translations translations;

    DocumentsController(
            DocumentService documents,
            DocumentIssuing issuing,
            ObjectProvider<DistributionLookup> distributions,
            Translations translations) {
        this.documents = documents;
        this.issuing = issuing;
        this.distributions = distributions;
        this.translations = translations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft of the caller's unit; classified documents are refused (A34)")
    DocumentInfo create(@RequestBody Draft draft) {
        return documents.create(draft);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a draft from a JSON part `draft` with attachments (files `attachments`); "
                    + "an optional .docx part `docx` becomes the body",
            description = PAPER_RULE)
    UploadedDocument createWithFiles(
            @RequestPart("draft") Draft draft,
            @RequestPart(name = "docx", required = false) MultipartFile docx,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments)
            throws IOException {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (MultipartFile file : attachments == null ? List.<MultipartFile>of() : attachments) {
            uploads.add(receive(file));
        }
        return answer(documents.create(draft, docx == null ? null : docx.getBytes(), uploads));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a draft (or a document returned for revision)")
    DocumentInfo update(@PathVariable long id, @RequestBody Draft draft) {
        return documents.update(id, draft);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add an attachment (file part `file`)", description = PAPER_RULE)
    UploadedDocument attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return answer(documents.attach(id, receive(file)));
    }

    @PostMapping(path = "/{id}/docx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Import a .docx (file part `file`) as the body, headings kept; the .docx is kept as the editable draft")
    DocumentInfo importDocx(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return documents.importDocx(id, file.getBytes());
    }

    @PostMapping(path = "/{id}/body-pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Use a PDF (file part `file`, at most 20 MB and 50 pages, not encrypted) as body pages; "
                    + "they follow the typed body, which may then be empty",
            description = "The body cannot go on paper: a PDF that would take the body and the electronic "
                    + "attachments together past `gongwen.document.document-transmit-limit` is refused with 413 "
                    + "and a message naming the sizes.")
    DocumentInfo useBodyPdf(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return documents.useBodyPdf(id, file.getBytes());
    }

    @DeleteMapping("/{id}/body-pdf")
    @Operation(summary = "Remove the PDF body pages; the typed body remains")
    DocumentInfo clearBodyPdf(@PathVariable long id) {
        return documents.clearBodyPdf(id);
    }

    @GetMapping(
            path = "/{id}/docx",
            produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The .docx kept as the editable draft (for the county office's review, A12)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return documents
                .docx(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the draft for the unit leader's approval; starts document-approval")
    DocumentInfo submit(@PathVariable long id) {
        return issuing.submit(id);
    }

    @GetMapping
    @Operation(summary = "The caller's unit's documents, newest first")
    List<DocumentInfo> mine() {
        return documents.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document of the caller's unit")
    DocumentInfo get(@PathVariable long id) {
        return documents.get(id);
    }

    @GetMapping(path = "/{id}/layout.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The layout file (GB/T 9704, PDF/A-2b): signed once stamped, else the draft layout")
    byte[] layout(@PathVariable long id) {
        return documents.layout(id);
    }

    @GetMapping(path = "/{id}/layout.ofd", produces = IssuedDocuments.OFD_MEDIA_TYPE)
    @Operation(summary = "The sealed OFD layout file (GB/T 33190, GB/T 38540 SM2 seal), once stamped; 409 before")
    byte[] ofdLayout(@PathVariable long id) {
        return documents.ofdLayout(id);
    }

    @PostMapping(
            path = "/preview",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Lay out a draft without saving it (the editor's live preview)")
    byte[] preview(@RequestBody Draft draft) {
        return documents.preview(draft);
    }

    @GetMapping("/{id}/distributions")
    @Operation(summary = "Per recipient: delivered, signed for, prints used of the quota")
    List<DistributionSummary> distributions(@PathVariable long id) {
        documents.get(id);
        DistributionLookup lookup = distributions.getIfAvailable();
        return lookup == null ? List.of() : lookup.of(id);
    }

    private AttachmentUpload receive(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return documents.receive(file.getOriginalFilename(), file.getContentType(), in);
        }
    }

    private UploadedDocument answer(AttachedDocument attached) {
        Locale locale = Translations.requestLocale();
        String message = attached.paperNotices().stream()
                .map(n -> translations.getTranslation(n.messageKey(), locale, n.messageArgs()))
                .collect(Collectors.joining(Translations.CHINESE.equals(locale) ? "" : " "));
        return new UploadedDocument(attached.document(), message.isEmpty() ? null : message);
    }
}
