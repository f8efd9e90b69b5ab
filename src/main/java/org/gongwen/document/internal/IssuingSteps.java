package org.gongwen.document.internal;

import java.time.Clock;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.DocumentStatus;
import org.gongwen.notification.NotificationService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code document-approval} and {@code document-send} record on the document as they pass (A4, A7, A14.1,
 * A15): each step refuses a document in the wrong state.
 */
@Component
public class IssuingSteps {

    private final StoredDocuments stored;
    private final DocumentCompleteness completeness;
    private final NotificationService notifications;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    IssuingSteps(
            StoredDocuments stored,
            DocumentCompleteness completeness,
            NotificationService notifications,
            Translations translations,
            AuditLog audit,
            Clock clock) {
        this.stored = stored;
        this.completeness = completeness;
        this.notifications = notifications;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void returned(long id, String comment) {
        sendBack(id, DocumentStatus.RETURNED, "returned: ", "document.returned.title", comment);
    }

    @Transactional
    public void resubmitted(long id) {
        Document document = stored.require(id);
        completeness.require(stored.info(document));
        document.moveTo(DocumentStatus.IN_APPROVAL, clock.instant());
    }

    @Transactional
    public void approved(long id) {
        Document document = stored.require(id);
        document.moveTo(
                document.isCountyLevel() ? DocumentStatus.AT_COUNTY_OFFICE : DocumentStatus.STAMPING, clock.instant());
        approval(id, "approved");
    }

    @Transactional
    public void countyReturned(long id, String reason) {
        sendBack(id, DocumentStatus.RETURNED_BY_COUNTY, "county returned: ", "document.countyReturned.title", reason);
    }

    @Transactional
    public void countyAccepted(long id) {
        stored.require(id).moveTo(DocumentStatus.STAMPING, clock.instant());
        approval(id, "county accepted");
    }

    @Transactional
    public void handedToSend(long id) {
        stored.require(id).moveTo(DocumentStatus.SENDING, clock.instant());
    }

    /**
     * The sender confirmed and the send goes out (A14.1): the document is sent (已发出) from now on
     * and this moment is its send time, set once. How each recipient stands is the distributions'.
     */
    @Transactional
    public void sent(long id) {
        Document document = stored.require(id);
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

    /**
     * The layout file as the people on the document's approval and send tasks see it: signed once
     * stamped, else the draft layout. No caller check: the workflow lets only the task's candidates
     * open the task that shows it.
     */
    @Transactional(readOnly = true)
    public byte[] layoutFile(long id) {
        return stored.layout(stored.require(id));
    }

    /** The document goes back to its drafter with {@code why}, recorded and told. */
    private void sendBack(long id, DocumentStatus status, String decision, String titleKey, String why) {
        Document document = stored.require(id);
        document.moveTo(status, clock.instant());
        approval(id, decision + why);
        tellDrafter(document, titleKey, why);
    }

    private void approval(long id, String decision) {
        audit.record(AuditAction.APPROVAL, "document", Long.toString(id), decision);
    }

    private void tellDrafter(Document document, String titleKey, String body) {
        notifications.notifyUser(
                document.getDrafter(),
                translations.getTranslation(titleKey, Translations.CHINESE, document.getTitle()),
                body == null || body.isBlank() ? "" : body,
                "documents");
    }
}
