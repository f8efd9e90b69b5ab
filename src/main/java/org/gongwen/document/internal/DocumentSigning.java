package org.gongwen.document.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stamping (用印, A7, A12): the custodian's check, then the number, the layout with the seal and its signatures. */
@Component
public class DocumentSigning {

    private final StoredDocuments stored;
    private final DocumentLayouts layouts;
    private final DocumentNumbers numbers;
    private final ContentStore contents;
    private final DocumentStamping stamping;
    private final OrganizationService organization;
    private final AuditLog audit;
    private final Clock clock;
    private final CountyZone zone;

    DocumentSigning(
            StoredDocuments stored,
            DocumentLayouts layouts,
            DocumentNumbers numbers,
            ContentStore contents,
            DocumentStamping stamping,
            OrganizationService organization,
            AuditLog audit,
            Clock clock,
            CountyZone zone) {
        this.stored = stored;
        this.layouts = layouts;
        this.numbers = numbers;
        this.contents = contents;
        this.stamping = stamping;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Checked when the custodian completes the stamping task, so a refusal reaches them at once. */
    @Transactional(readOnly = true)
    public void checkStamp(long id, String custodian) {
        PersonInfo person = custodian(custodian);
        stamping.check(stored.issuer(stored.require(id)).id(), person.id());
    }

    /**
     * Numbers the document, lays it out with the seal and seals it as PDF (PAdES) and OFD (GB/T 38540); the
     * number is taken only once the seal module has accepted the custodian and the seal.
     */
    @Transactional
    public DocumentInfo sign(long id, String custodian) {
        Document document = stored.require(id);
        UnitInfo issuer = stored.issuer(document);
        PersonInfo person = custodian(custodian);
        LocalDate today = zone.today(clock);
        String[] docNumber = new String[1];
        DocumentStamping.Stamped stamped = stamping.stamp(
                seal -> {
                    if (document.getDocNumber() == null) {
                        int sequence = numbers.next(issuer.id(), today.getYear());
                        document.assignNumber(
                                today.getYear(),
                                sequence,
                                DocumentNumbers.format(
                                        issuer.docPrefix() == null ? "" : issuer.docPrefix(),
                                        today.getYear(),
                                        sequence));
                    }
                    DocumentInfo info = stored.info(document);
                    docNumber[0] = info.docNumber();
                    return layouts.officialDocument(
                            info, stored.bodyPdf(document), stored.attachmentFiles(document), seal, today);
                },
                issuer.id(),
                person.id(),
                issuer.fullName());
        document.recordLayout(
                contents.put(stamped.pdf(), "application/pdf"),
                contents.put(stamped.ofd(), IssuedDocuments.OFD_MEDIA_TYPE),
                stamped.sealId(),
                clock.instant());
        document.moveTo(DocumentStatus.SIGNED, clock.instant());
        audit.record(
                audit.actorNamed(custodian),
                AuditAction.SEAL_USE,
                "document",
                Long.toString(id),
                "seal " + stamped.sealId() + " " + stamped.sealName() + ", " + docNumber[0]);
        return stored.info(document);
    }

    private PersonInfo custodian(String username) {
        return organization
                .personByUsername(username)
                .orElseThrow(() -> BusinessException.forbidden("seal.error.notCustodian"));
    }
}
