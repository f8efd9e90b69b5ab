package org.gongwen.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.internal.ContentStore;
import org.gongwen.document.internal.Document;
import org.gongwen.document.internal.DocumentAttachment;
import org.gongwen.document.internal.DocumentLayouts;
import org.gongwen.document.internal.DocumentNumbers;
import org.gongwen.document.internal.DocumentRepository;
import org.gongwen.document.internal.DocumentStamping;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's way from submission to sending (A4, A7, A12, A15): the steps the drafter and
 * {@code document-approval} take, each refusing a step out of order.
 */
@Service
public class DocumentIssuing {

    /** The media type of OFD files (GB/T 33190). */
    public static final String OFD_MEDIA_TYPE = "application/ofd";

    private final DocumentRepository documents;
    private final DocumentService drafting;
    private final DocumentLayouts layouts;
    private final DocumentNumbers numbers;
    private final ContentStore contents;
    private final DocumentStamping stamping;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final Clock clock;
    private final CountyZone zone;
    private final AuditLog audit;

    public DocumentIssuing(DocumentRepository documents, DocumentService drafting, DocumentLayouts layouts,
            DocumentNumbers numbers, ContentStore contents, DocumentStamping stamping,
            OrganizationService organization, NotificationService notifications, RuntimeService runtime,
            IdentityService identity, AuthenticatedUser authenticatedUser, Translations translations, Clock clock,
            CountyZone zone, AuditLog audit) {
        this.audit = audit;
        this.translations = translations;
        this.documents = documents;
        this.drafting = drafting;
        this.layouts = layouts;
        this.numbers = numbers;
        this.contents = contents;
        this.stamping = stamping;
        this.organization = organization;
        this.notifications = notifications;
        this.runtime = runtime;
        this.identity = identity;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
        this.zone = zone;
    }

    /** The drafter submits for the leader's approval; the draft must be complete. */
    @Transactional
    @Secured({DocumentService.CLERK, DocumentService.LEADER})
    public DocumentInfo submit(long id) {
        CurrentUser user = authenticatedUser.require();
        Document document = drafting.ownDraft(id);
        DocumentInfo info = drafting.info(document);
        requireComplete(info);
        String businessKey = DocumentApprovalProcess.businessKey(id);
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(DocumentApprovalProcess.KEY).count() > 0) {
            throw BusinessException.conflict("document.error.inApproval", info.title());
        }
        document.moveTo(DocumentStatus.IN_APPROVAL, clock.instant());
        UnitInfo unit = organization.unit(document.getUnitId()).orElseThrow();
        identity.setAuthenticatedUserId(user.username());
        try {
            runtime.startProcessInstanceByKey(DocumentApprovalProcess.KEY, businessKey,
                    DocumentApprovalProcess.startVariables(id, unit.code(), layouts.issuer(info).code(),
                            info.countyLevel(), info.title(), info.kind().label()));
        } finally {
            identity.clearAuthentication();
        }
        return drafting.info(document);
    }

    /** Everything a document needs before it may go out (A13 validation, A34). */
    public void requireComplete(DocumentInfo info) {
        if (info.secrecy() != Secrecy.NON_CLASSIFIED) {
            throw BusinessException.invalid("document.error.classified");
        }
        if (!info.hasBodyPdf() && info.body().stream().allMatch(b -> b.text().isEmpty())) {
            throw BusinessException.invalid("document.error.body");
        }
        if (info.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.MAIN)) {
            throw BusinessException.invalid("document.error.noMainRecipient");
        }
        for (RecipientEntry recipient : info.recipients()) {
            UnitInfo unit = organization.unit(recipient.unitId()).orElse(null);
            if (unit == null || !unit.active()) {
                throw BusinessException.invalid("document.error.recipientInactive",
                        unit == null ? recipient.unitId() : unit.fullName());
            }
        }
    }

    @Transactional
    public void returned(long id, String comment) {
        Document document = document(id);
        document.moveTo(DocumentStatus.RETURNED, clock.instant());
        approval(id, "returned: " + comment);
        tellDrafter(document, "document.returned.title", comment);
    }

    @Transactional
    public void resubmitted(long id) {
        Document document = document(id);
        requireComplete(drafting.info(document));
        document.moveTo(DocumentStatus.IN_APPROVAL, clock.instant());
    }

    @Transactional
    public void approved(long id) {
        Document document = document(id);
        document.moveTo(document.isCountyLevel() ? DocumentStatus.AT_COUNTY_OFFICE : DocumentStatus.STAMPING,
                clock.instant());
        approval(id, "approved");
    }

    @Transactional
    public void countyReturned(long id, String reason) {
        Document document = document(id);
        document.moveTo(DocumentStatus.RETURNED_BY_COUNTY, clock.instant());
        approval(id, "county returned: " + reason);
        tellDrafter(document, "document.countyReturned.title", reason);
    }

    @Transactional
    public void countyAccepted(long id) {
        document(id).moveTo(DocumentStatus.STAMPING, clock.instant());
        approval(id, "county accepted");
    }

    private void approval(long id, String decision) {
        audit.record(AuditAction.APPROVAL, "document", Long.toString(id), decision);
    }

    /** Checked when the custodian completes the stamping task, so a refusal reaches them at once. */
    @Transactional(readOnly = true)
    public void checkStamp(long id, String custodian) {
        PersonInfo person = organization.personByUsername(custodian)
                .orElseThrow(() -> BusinessException.forbidden("seal.error.notCustodian"));
        stamping.check(layouts.issuer(drafting.info(document(id))).id(), person.id());
    }

    /**
     * Numbers the document, lays it out with the seal and seals it as PDF (PAdES) and OFD (GB/T 38540); the
     * number is taken only once the seal module has accepted the custodian and the seal.
     */
    @Transactional
    public DocumentInfo sign(long id, String custodian) {
        Document document = document(id);
        DocumentInfo drafted = drafting.info(document);
        UnitInfo issuer = layouts.issuer(drafted);
        PersonInfo person = organization.personByUsername(custodian)
                .orElseThrow(() -> BusinessException.forbidden("seal.error.notCustodian"));
        LocalDate today = zone.today(clock);
        String[] docNumber = new String[1];
        DocumentStamping.Stamped stamped = stamping.stamp(seal -> {
            if (document.getDocNumber() == null) {
                int sequence = numbers.next(issuer.id(), today.getYear());
                document.assignNumber(today.getYear(), sequence, DocumentNumbers.format(
                        issuer.docPrefix() == null ? "" : issuer.docPrefix(), today.getYear(), sequence));
            }
            DocumentInfo info = drafting.info(document);
            docNumber[0] = info.docNumber();
            return layouts.officialDocument(info, drafting.bodyPdf(document), drafting.attachmentFiles(document),
                    seal, today);
        }, issuer.id(), person.id(), issuer.fullName());
        document.recordLayout(contents.put(stamped.pdf(), "application/pdf"),
                contents.put(stamped.ofd(), OFD_MEDIA_TYPE), stamped.sealId(), clock.instant());
        document.moveTo(DocumentStatus.SIGNED, clock.instant());
        audit.record(audit.actorNamed(custodian), AuditAction.SEAL_USE, "document", Long.toString(id),
                "seal " + stamped.sealId() + " " + stamped.sealName() + ", " + docNumber[0]);
        return drafting.info(document);
    }

    @Transactional
    public void handedToSend(long id) {
        document(id).moveTo(DocumentStatus.SENDING, clock.instant());
    }

    /**
     * The sender confirmed and the send goes out (A14.1): the document is sent (已发出) from now on
     * and this moment is its send time, set once. How each recipient stands is the distributions'.
     */
    @Transactional
    public void sent(long id) {
        Document document = document(id);
        if (document.getStatus() == DocumentStatus.SENT) {
            return;
        }
        document.recordSent(clock.instant());
        document.moveTo(DocumentStatus.SENT, clock.instant());
    }

    /**
     * Every receipt has ended. Nothing changes: the document has been sent since its confirmation
     * and keeps that send time. A send begun before the confirmation made it SENT is caught up.
     */
    @Transactional
    public void allReceiptsEnded(long id) {
        sent(id);
    }

    /** Title, number and kind only: cheap enough to call once per recipient of a large send. */
    @Transactional(readOnly = true)
    public DocumentHeadline headline(long id) {
        Document d = document(id);
        return new DocumentHeadline(d.getId(), d.getUnitId(), d.getKind(), d.getTitle(), d.getDocNumber(),
                d.getUrgency(), d.getStatus(), d.getSentAt());
    }

    /** The recipients only, without reading the body: what the fan-out asks for once per batch. */
    @Transactional(readOnly = true)
    public List<RecipientEntry> recipients(long id) {
        return document(id).recipientEntries();
    }

    /**
     * The signed layout file (版式文件) as stored, for the receipt module, which checks that the
     * caller is a recipient. Refused while the document is not yet signed.
     */
    @Transactional(readOnly = true)
    public byte[] signedLayoutFile(long id) {
        Document document = document(id);
        if (document.getLayoutSha256() == null) {
            throw BusinessException.conflict("document.error.layoutNotSigned");
        }
        return contents.get(document.getLayoutSha256())
                .orElseThrow(() -> BusinessException.notFound("document.error.layoutMissing", id));
    }

    /**
     * The sealed OFD layout file as stored, for the receipt and archive modules, which check the caller.
     * Refused while the document has none (not yet stamped, or stamped before OFD was issued).
     */
    @Transactional(readOnly = true)
    public byte[] signedOfdFile(long id) {
        Document document = document(id);
        if (document.getLayoutOfdSha256() == null) {
            throw BusinessException.conflict("document.error.layoutNotSigned");
        }
        return contents.get(document.getLayoutOfdSha256())
                .orElseThrow(() -> BusinessException.notFound("document.error.layoutMissing", id));
    }

    /**
     * The layout file as the people on the document's approval and send tasks see it: signed once
     * stamped, else the draft layout. No caller check: the workflow lets only the task's candidates
     * open the task that shows it.
     */
    @Transactional(readOnly = true)
    public byte[] layoutFile(long id) {
        return drafting.layout(document(id));
    }

    /** The documents sent in {@code [from, to)} by their send time, oldest first: what an archive period holds (A38). */
    @Transactional(readOnly = true)
    public List<Long> sentBetween(Instant from, Instant to) {
        return documents.findIdsByStatusSentBetween(DocumentStatus.SENT, from, to);
    }

    /**
     * The stored files of the electronic attachments by their number in the 附件说明 (from 1), for the
     * recipient's checks against the digests the signed layout lists. No caller check, as for
     * {@link #signedLayout}.
     */
    @Transactional(readOnly = true)
    public Map<Integer, byte[]> attachmentFilesByNumber(long id) {
        Map<Integer, byte[]> files = new HashMap<>();
        List<DocumentAttachment> attachments = document(id).getAttachments();
        for (int i = 0; i < attachments.size(); i++) {
            int number = i + 1;
            contents.get(attachments.get(i).getContentSha256()).ifPresent(data -> files.put(number, data));
        }
        return files;
    }

    /**
     * The stored file of electronic attachment {@code attachmentId} of document {@code id}; empty for
     * one on paper or of another document. No caller check, as for {@link #signedLayoutFile}.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> attachmentFile(long id, long attachmentId) {
        return document(id).getAttachments().stream()
                .filter(a -> a.getId() != null && a.getId() == attachmentId && a.getContentSha256() != null)
                .findFirst().flatMap(a -> contents.get(a.getContentSha256()));
    }

    /** Every document with a signed layout file, oldest first: what a check after restoring a backup verifies. */
    @Transactional(readOnly = true)
    public List<Long> signedIds() {
        return documents.findIdsOfSigned();
    }

    @Transactional(readOnly = true)
    public DocumentInfo info(long id) {
        return drafting.info(document(id));
    }

    /**
     * The stored signed layout and its issuer, for the recipient's checks before signing for (A10.1).
     * No caller check: the receipt module decides who may verify a document.
     */
    @Transactional(readOnly = true)
    public SignedLayout signedLayout(long id) {
        Document document = document(id);
        UnitInfo issuer = layouts.issuer(drafting.info(document));
        return new SignedLayout(id, contents.get(document.getLayoutSha256()).orElse(null), document.getLayoutSha256(),
                issuer.id(), issuer.code(), issuer.fullName(), DocumentLayouts.redHeader(issuer), document.getSealId(),
                document.getLayoutOfdSha256() == null ? null : contents.get(document.getLayoutOfdSha256()).orElse(null),
                document.getLayoutOfdSha256());
    }

    private void tellDrafter(Document document, String titleKey, String body) {
        notifications.notifyUser(document.getDrafter(),
                translations.getTranslation(titleKey, Translations.CHINESE, document.getTitle()),
                body == null || body.isBlank() ? "" : body, "documents");
    }

    private Document document(long id) {
        return documents.findById(id).orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
    }
}
