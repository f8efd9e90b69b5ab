package org.gongwen.document.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.Secrecy;
import org.gongwen.document.Urgency;
import org.gongwen.shared.BusinessException;

/** A document (公文) from draft to sent. */
@Entity
@Table(name = "document_document")
public class Document {

    private static final Set<DocumentStatus> EDITABLE =
            Set.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED, DocumentStatus.RETURNED_BY_COUNTY);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private String drafter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Secrecy secrecy;

    @Column(name = "county_level", nullable = false)
    private boolean countyLevel;

    @Column(name = "doc_year")
    private Integer docYear;

    @Column(name = "doc_sequence")
    private Integer docSequence;

    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "body_sha256")
    private String bodySha256;

    @Column(name = "docx_sha256")
    private String docxSha256;

    @Column(name = "body_pdf_sha256")
    private String bodyPdfSha256;

    @Column(name = "layout_sha256")
    private String layoutSha256;

    @Column(name = "layout_ofd_sha256")
    private String layoutOfdSha256;

    @Column(name = "signing_organ", nullable = false)
    private String signingOrgan;

    @Column(name = "doc_date")
    private LocalDate date;

    private String note;

    @Column(name = "printing_organ")
    private String printingOrgan;

    @Column(name = "printing_date")
    private LocalDate printingDate;

    @Column(name = "seal_id")
    private Long sealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderBy("position")
    private List<DocumentRecipient> recipients = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderBy("position")
    private List<DocumentAttachment> attachments = new ArrayList<>();

    protected Document() {}

    public Document(long unitId, String drafter, Instant now) {
        this.unitId = unitId;
        this.drafter = drafter;
        this.status = DocumentStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the drafter's fields; refused once the document has left the drafter's hands. */
    public void edit(Draft draft, String bodySha256, Instant now) {
        requireEditable();
        kind = draft.kind();
        title = draft.title().strip();
        urgency = draft.urgency();
        secrecy = draft.secrecy();
        countyLevel = draft.countyLevel();
        signingOrgan = draft.signingOrgan().strip();
        date = draft.date();
        note = blankToNull(draft.note());
        printingOrgan = blankToNull(draft.printingOrgan());
        printingDate = draft.printingDate();
        this.bodySha256 = bodySha256;
        int position = 0;
        for (RecipientEntry entry : draft.recipients()) {
            recipients.add(new DocumentRecipient(entry, position++));
        }
        updatedAt = now;
    }

    /** Drops the recipients; the caller flushes before {@link #edit} adds the new ones (unique per unit). */
    public void clearRecipients() {
        requireEditable();
        recipients.clear();
    }

    public void requireEditable() {
        if (!EDITABLE.contains(status)) {
            throw BusinessException.conflict("document.error.notEditable", status);
        }
    }

    public void keepDocx(String sha256, Instant now) {
        requireEditable();
        docxSha256 = sha256;
        updatedAt = now;
    }

    public void useBodyPdf(String sha256, Instant now) {
        requireEditable();
        bodyPdfSha256 = sha256;
        updatedAt = now;
    }

    public void addAttachment(String name, String sha256, String mediaType, long size, boolean paperOnly, Instant now) {
        requireEditable();
        attachments.add(new DocumentAttachment(name, sha256, mediaType, size, paperOnly, attachments.size()));
        updatedAt = now;
    }

    public void removeAttachment(long attachmentId, Instant now) {
        requireEditable();
        attachments.removeIf(a -> a.getId() != null && a.getId() == attachmentId);
        updatedAt = now;
    }

    /** Moves to {@code next}, refusing any transition the approval and sending do not allow. */
    public void moveTo(DocumentStatus next, Instant now) {
        boolean allowed = switch (next) {
            case IN_APPROVAL -> EDITABLE.contains(status);
            case RETURNED -> status == DocumentStatus.IN_APPROVAL;
            case AT_COUNTY_OFFICE -> status == DocumentStatus.IN_APPROVAL;
            case RETURNED_BY_COUNTY -> status == DocumentStatus.AT_COUNTY_OFFICE;
            case STAMPING -> status == DocumentStatus.IN_APPROVAL || status == DocumentStatus.AT_COUNTY_OFFICE;
            case SIGNED -> status == DocumentStatus.STAMPING;
            case SENDING -> status == DocumentStatus.SIGNED;
            case SENT -> status == DocumentStatus.SENDING;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw BusinessException.conflict("document.error.transition", status, next);
        }
        status = next;
        updatedAt = now;
    }

    public void assignNumber(int year, int sequence, String number) {
        if (docNumber == null) {
            docYear = year;
            docSequence = sequence;
            docNumber = number;
        }
    }

    public void recordLayout(String sha256, String ofdSha256, long sealId, Instant now) {
        layoutSha256 = sha256;
        layoutOfdSha256 = ofdSha256;
        this.sealId = sealId;
        updatedAt = now;
    }

    /** The send time is the sender's confirmation (A14.1): set once, never overwritten. */
    public void recordSent(Instant at) {
        if (sentAt == null) {
            sentAt = at;
        }
        updatedAt = at;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getDrafter() {
        return drafter;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Secrecy getSecrecy() {
        return secrecy;
    }

    public boolean isCountyLevel() {
        return countyLevel;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getBodySha256() {
        return bodySha256;
    }

    public String getDocxSha256() {
        return docxSha256;
    }

    public String getBodyPdfSha256() {
        return bodyPdfSha256;
    }

    public String getLayoutSha256() {
        return layoutSha256;
    }

    /** The sealed OFD layout file's content hash; null before stamping and for documents stamped as PDF only. */
    public String getLayoutOfdSha256() {
        return layoutOfdSha256;
    }

    public String getSigningOrgan() {
        return signingOrgan;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }

    public String getPrintingOrgan() {
        return printingOrgan;
    }

    public LocalDate getPrintingDate() {
        return printingDate;
    }

    public Long getSealId() {
        return sealId;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Whether the recipients are in memory already (read with the document or changed since). */
    boolean recipientsLoaded() {
        return org.hibernate.Hibernate.isInitialized(recipients);
    }

    public List<RecipientEntry> recipientEntries() {
        return recipients.stream().map(DocumentRecipient::toEntry).toList();
    }

    public List<AttachmentInfo> attachmentInfos() {
        return attachments.stream().map(DocumentAttachment::toInfo).toList();
    }

    public List<DocumentAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
