package org.gongwen.document.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.Secrecy;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.FileContent;
import org.gongwen.shared.FileNames;
import org.gongwen.shared.FileSizes;
import org.gongwen.shared.SafeText;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting (拟稿, A4, A11, A34): a unit's clerks and leaders write documents for their own unit;
 * every refusal says what to fix. Reading is limited to the own unit and county-wide roles.
 */
@Service
public class DocumentService {

    static final String CLERK = "ROLE_" + Role.Names.CLERK;
    static final String LEADER = "ROLE_" + Role.Names.LEADER;
    private static final int TITLE_MAX = 300;
    private static final int ORGAN_MAX = 100;
    private static final int NOTE_MAX = 2000;
    private static final int ATTACHMENT_NAME_MAX = 200;
    /** More units than a county has; a body far beyond any document (a 50-page body is some 40,000 characters). */
    static final int RECIPIENTS_MAX = 1000;

    static final int BLOCKS_MAX = 2000;
    static final int BLOCK_MAX = 20_000;
    static final int BODY_MAX = 500_000;

    private final DocumentRepository documents;
    private final ContentStore contents;
    private final DocumentLayouts layouts;
    private final OrganizationService organization;
    private final AuthenticatedUser authenticatedUser;
    private final DocumentProperties properties;
    private final ObjectMapper json;
    private final DocxImporter docxImporter;
    private final StoredDocuments stored;
    private final Clock clock;
    private final CountyZone zone;

    public DocumentService(
            DocumentRepository documents,
            ContentStore contents,
            DocumentLayouts layouts,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser,
            DocumentProperties properties,
            ObjectMapper json,
            DocxImporter docxImporter,
            StoredDocuments stored,
            Clock clock,
            CountyZone zone) {
        this.docxImporter = docxImporter;
        this.stored = stored;
        this.documents = documents;
        this.contents = contents;
        this.layouts = layouts;
        this.organization = organization;
        this.authenticatedUser = authenticatedUser;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo create(Draft draft) {
        CurrentUser user = authenticatedUser.require();
        check(draft);
        Document document = new Document(user.unitId(), user.username(), clock.instant());
        document.edit(draft, storeBody(draft.body()), clock.instant());
        return info(documents.save(document));
    }

    /**
     * A draft with its .docx body and attachments in one step: all of it is stored, or nothing
     * (a file over the transmit limits is no refusal: it is recorded for paper, with a notice).
     */
    @Transactional
    @Secured({CLERK, LEADER})
    public AttachedDocument create(Draft draft, byte[] docx, List<AttachmentUpload> attachments) {
        DocumentInfo created = create(draft);
        if (docx != null) {
            created = importDocx(created.id(), docx);
        }
        List<PaperNotice> notices = new ArrayList<>();
        for (AttachmentUpload attachment : attachments) {
            AttachedDocument attached = attach(created.id(), attachment);
            created = attached.document();
            notices.addAll(attached.paperNotices());
        }
        return new AttachedDocument(created, notices);
    }

    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo update(long id, Draft draft) {
        Document document = ownDraft(id);
        check(draft);
        document.clearRecipients();
        documents.flush();
        document.edit(draft, storeBody(draft.body()), clock.instant());
        return info(document);
    }

    @Transactional(readOnly = true)
    public DocumentInfo get(long id) {
        return info(visible(id));
    }

    @Transactional(readOnly = true)
    public List<DocumentInfo> mine() {
        return documents
                .findByUnitIdOrderByUpdatedAtDesc(authenticatedUser.require().unitId())
                .stream()
                .map(this::info)
                .toList();
    }

    /**
     * A draft layout for the live preview: the seal's place kept without its image (so the pages break as
     * the signed file's will), the number left blank until it is given.
     */
    @Transactional(readOnly = true)
    public byte[] preview(Draft draft) {
        DocumentInfo info = previewInfo(draft, false);
        return layouts.render(info, layouts.sealPlace(info), zone.today(clock));
    }

    /** The live preview of a saved draft: the form's content with the draft's stored PDF body, if any. */
    @Transactional(readOnly = true)
    public byte[] preview(long id, Draft draft) {
        byte[] bodyPdf = stored.bodyPdf(visible(id));
        DocumentInfo info = previewInfo(draft, bodyPdf != null);
        return layouts.render(info, bodyPdf, layouts.sealPlace(info), zone.today(clock));
    }

    private static String shortTitle(String imported) {
        String title = imported.replaceAll("[\\r\\n\\t]", "").strip();
        return title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
    }

    private DocumentInfo previewInfo(Draft draft, boolean hasBodyPdf) {
        CurrentUser user = authenticatedUser.require();
        SafeText.requireLine(draft.title(), "field.title", TITLE_MAX);
        SafeText.requireLine(draft.signingOrgan(), "field.signingOrgan", ORGAN_MAX);
        SafeText.requireLine(draft.printingOrgan(), "field.printingOrgan", ORGAN_MAX);
        SafeText.require(draft.note(), "field.note", NOTE_MAX);
        checkBody(draft.body());
        return new DocumentInfo(
                0,
                user.unitId(),
                user.username(),
                draft.kind(),
                draft.title() == null || draft.title().isBlank() ? "（标题）" : draft.title(),
                draft.urgency(),
                draft.secrecy(),
                draft.countyLevel(),
                null,
                DocumentStatus.DRAFT,
                draft.recipients(),
                draft.body(),
                List.of(),
                draft.signingOrgan() == null || draft.signingOrgan().isBlank() ? user.unitName() : draft.signingOrgan(),
                draft.date(),
                draft.note(),
                draft.printingOrgan(),
                draft.printingDate(),
                false,
                hasBodyPdf,
                false,
                null,
                null);
    }

    /** The signed layout file once it exists, else the draft layout. */
    @Transactional(readOnly = true)
    public byte[] layout(long id) {
        return stored.layout(visible(id));
    }

    /** The sealed OFD layout file of a document of the caller's unit; 409 while there is none. */
    @Transactional(readOnly = true)
    public byte[] ofdLayout(long id) {
        Document document = visible(id);
        if (document.getLayoutOfdSha256() == null) {
            throw BusinessException.conflict("document.error.layoutNotSigned");
        }
        return contents.get(document.getLayoutOfdSha256())
                .orElseThrow(() -> BusinessException.notFound("document.error.layoutMissing", id));
    }

    /**
     * Reads an uploaded attachment as far as the transmit limit needs: a file within it whole, a
     * larger one only its first bytes while counting its size, so that no oversized file is held.
     */
    public AttachmentUpload receive(String name, String declaredMediaType, InputStream content) {
        try {
            return AttachmentUpload.read(name, declaredMediaType, content, properties.attachmentTransmitLimitBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a whole file; see {@link #attach}. */
    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo addAttachment(long id, String name, byte[] data, String declaredMediaType) {
        return attach(id, new AttachmentUpload(name, declaredMediaType, data)).document();
    }

    /**
     * Adds a file under its safe display name; the media type stored is decided by the content,
     * the one the client declared is not trusted. A file larger than an attachment may be, or one
     * that would take the body PDF and electronic attachments past the document's limit, is no
     * error: it is recorded as delivered on paper (A11.3), with a notice saying why.
     */
    @Transactional
    @Secured({CLERK, LEADER})
    public AttachedDocument attach(long id, AttachmentUpload upload) {
        Document document = ownDraft(id);
        String cleanName = FileNames.displayName(upload.name(), "附件");
        byte[] data = upload.data();
        if (data == null || data.length == 0) {
            throw BusinessException.invalid("document.error.attachmentEmpty", cleanName);
        }
        // the client's declared type is not trusted: the content decides, and must match the name
        FileContent content = FileContent.of(data, cleanName);
        if (!FileContent.matchesName(content, cleanName)) {
            throw BusinessException.unsupported("upload.error.contentMismatch", cleanName);
        }
        String mediaType = content.mediaType();
        long size = upload.sizeBytes();
        PaperNotice notice = null;
        if (!upload.complete() || size > properties.attachmentTransmitLimitBytes()) {
            notice = new PaperNotice(
                    cleanName, size, PaperNotice.Reason.ATTACHMENT_LIMIT, properties.attachmentTransmitLimitBytes());
        } else if (electronicBytes(document) + size > properties.documentTransmitLimitBytes()) {
            notice = new PaperNotice(
                    cleanName, size, PaperNotice.Reason.DOCUMENT_LIMIT, properties.documentTransmitLimitBytes());
        }
        if (notice != null) {
            document.addAttachment(cleanName, null, mediaType, size, true, clock.instant());
        } else {
            document.addAttachment(cleanName, contents.put(data, mediaType), mediaType, size, false, clock.instant());
        }
        // the new attachment's id, so that it can be removed at once
        documents.flush();
        return new AttachedDocument(info(document), notice == null ? List.of() : List.of(notice));
    }

    /** What the document sends electronically so far: its body PDF and the attachments not on paper. */
    private long electronicBytes(Document document) {
        return contents.size(document.getBodyPdfSha256())
                + document.attachmentInfos().stream()
                        .filter(a -> !a.paperOnly())
                        .mapToLong(AttachmentInfo::sizeBytes)
                        .sum();
    }

    /** An attachment too large to transmit, delivered on paper and listed so on the layout (A11.3). */
    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo addPaperAttachment(long id, String name) {
        Document document = ownDraft(id);
        document.addAttachment(attachmentName(name), null, null, 0, true, clock.instant());
        // the new attachment's id, so that it can be removed at once
        documents.flush();
        return info(document);
    }

    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo removeAttachment(long id, long attachmentId) {
        Document document = ownDraft(id);
        document.removeAttachment(attachmentId, clock.instant());
        return info(document);
    }

    /** Reads a .docx body (headings kept) without storing anything. */
    @Secured({CLERK, LEADER})
    public ImportedDraft readDocx(byte[] docx) {
        ImportedBody imported = docxImporter.read(docx);
        ImportedDraft draft = new ImportedDraft(
                SafeText.strip(imported.title()),
                imported.blocks().stream()
                        .map(b -> b instanceof OfficialDocument.Heading h
                                ? BodyBlock.heading(h.level(), SafeText.strip(h.text()))
                                : BodyBlock.paragraph(SafeText.strip(b.text())))
                        .toList());
        checkBody(draft.body());
        return draft;
    }

    /**
     * Takes a .docx as the draft's body: its headings and paragraphs replace the body, its title
     * fills an empty title, and the .docx itself is kept as the editable draft.
     */
    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo importDocx(long id, byte[] docx) {
        Document document = ownDraft(id);
        ImportedDraft imported = readDocx(docx);
        DocumentInfo current = info(document);
        Draft draft = new Draft(
                current.kind(),
                imported.title() != null && !imported.title().isBlank()
                        ? shortTitle(imported.title())
                        : current.title(),
                current.urgency(),
                current.secrecy(),
                current.countyLevel(),
                current.recipients(),
                imported.body(),
                current.signingOrgan(),
                current.date(),
                current.note(),
                current.printingOrgan(),
                current.printingDate());
        document.clearRecipients();
        documents.flush();
        document.edit(draft, storeBody(draft.body()), clock.instant());
        document.keepDocx(
                contents.put(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                clock.instant());
        return info(document);
    }

    /**
     * Takes a PDF as the body pages (A4.1): checked (at most 20 MB and 50 pages, not encrypted, and
     * within the document's transmit limit beside the electronic attachments) and stored; its pages
     * follow the typed body, which may then be empty.
     */
    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo useBodyPdf(long id, byte[] pdf) {
        Document document = ownDraft(id);
        BodyPdf.check(pdf);
        // the body cannot go on paper: it must fit beside the attachments already sent electronically
        long attachments = electronicBytes(document) - contents.size(document.getBodyPdfSha256());
        if (attachments + pdf.length > properties.documentTransmitLimitBytes()) {
            throw BusinessException.tooLarge(
                    "document.error.transmitLimit",
                    FileSizes.text(pdf.length),
                    FileSizes.text(attachments),
                    FileSizes.text(properties.documentTransmitLimitBytes()));
        }
        document.useBodyPdf(contents.put(pdf, "application/pdf"), clock.instant());
        return info(document);
    }

    /** Goes back to the typed body only. */
    @Transactional
    @Secured({CLERK, LEADER})
    public DocumentInfo clearBodyPdf(long id) {
        Document document = ownDraft(id);
        document.useBodyPdf(null, clock.instant());
        return info(document);
    }

    /** The .docx kept as the editable draft, if one was imported. */
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> docx(long id) {
        return contents.get(visible(id).getDocxSha256());
    }

    /** Units of a kind as recipients with the default quota, for "all towns", "all departments". */
    public List<RecipientEntry> group(UnitKind kind, RecipientKind recipientKind) {
        return organization.units().stream()
                .filter(u -> u.kind() == kind && u.active())
                .map(u -> new RecipientEntry(u.id(), recipientKind, properties.defaultPrintQuota()))
                .toList();
    }

    public int defaultPrintQuota() {
        return properties.defaultPrintQuota();
    }

    private static String attachmentName(String name) {
        if (name == null || name.isBlank() || name.length() > ATTACHMENT_NAME_MAX) {
            throw BusinessException.invalid("document.error.attachmentName");
        }
        return SafeText.requireLine(name.strip(), "field.attachmentName", ATTACHMENT_NAME_MAX);
    }

    /** The checks a draft must pass to be saved (A34: only non-classified documents). */
    void check(Draft draft) {
        if (draft.secrecy() != Secrecy.NON_CLASSIFIED) {
            throw BusinessException.invalid("document.error.classified");
        }
        if (draft.kind() == null) {
            throw BusinessException.invalid("document.error.kind");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > TITLE_MAX) {
            throw BusinessException.invalid("document.error.title", TITLE_MAX);
        }
        SafeText.requireLine(draft.title(), "field.title", TITLE_MAX);
        if (draft.signingOrgan() == null || draft.signingOrgan().isBlank()) {
            throw BusinessException.invalid("document.error.signingOrgan");
        }
        SafeText.requireLine(draft.signingOrgan(), "field.signingOrgan", ORGAN_MAX);
        SafeText.requireLine(draft.printingOrgan(), "field.printingOrgan", ORGAN_MAX);
        SafeText.require(draft.note(), "field.note", NOTE_MAX);
        checkBody(draft.body());
        if (draft.recipients().size() > RECIPIENTS_MAX) {
            throw BusinessException.invalid("document.error.tooManyRecipients", RECIPIENTS_MAX);
        }
        Set<Long> seen = new HashSet<>();
        for (RecipientEntry recipient : draft.recipients()) {
            UnitInfo unit = organization
                    .unit(recipient.unitId())
                    .orElseThrow(
                            () -> BusinessException.invalid("document.error.recipientUnknown", recipient.unitId()));
            if (!unit.active()) {
                throw BusinessException.invalid("document.error.recipientInactive", unit.fullName());
            }
            if (!seen.add(recipient.unitId())) {
                throw BusinessException.invalid("document.error.recipientTwice", unit.fullName());
            }
            if (recipient.kind() == null || recipient.printQuota() < 1 || recipient.printQuota() > 999) {
                throw BusinessException.invalid("document.error.printQuota", unit.fullName());
            }
        }
    }

    /** A body within the limits, of safe text only: nothing oversized is stored. */
    static void checkBody(List<BodyBlock> body) {
        if (body.size() > BLOCKS_MAX) {
            throw BusinessException.invalid("document.error.tooManyBlocks", BLOCKS_MAX);
        }
        long total = 0;
        for (BodyBlock block : body) {
            SafeText.require(block.text(), "field.body", BLOCK_MAX);
            total += block.text().length();
        }
        if (total > BODY_MAX) {
            throw BusinessException.invalid("document.error.bodyTooLong", BODY_MAX);
        }
    }

    private String storeBody(List<BodyBlock> body) {
        try {
            return contents.put(json.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Document ownDraft(long id) {
        Document document = documents
                .findById(id)
                .filter(d -> d.getUnitId() == authenticatedUser.require().unitId())
                .orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
        document.requireEditable();
        return document;
    }

    private Document visible(long id) {
        CurrentUser user = authenticatedUser.require();
        return documents
                .findById(id)
                .filter(d -> user.maySeeUnit(d.getUnitId()))
                .orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
    }

    private DocumentInfo info(Document d) {
        return stored.info(d);
    }
}
