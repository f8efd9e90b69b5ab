package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.List;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system steps of {@code receipt-deletion} (A9.2): an approved deletion hides the received
 * document and keeps it with its history; nothing is ever removed from the database.
 */
@Service
public class DeletionDecisions {

    private final DeletionRequestRepository requests;
    private final RequestDecisions decisions;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final Clock clock;

    DeletionDecisions(
            DeletionRequestRepository requests,
            RequestDecisions decisions,
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.clock = clock;
    }

    @Transactional
    public void delete(long requestId, String decidedBy, String comment) {
        DeletionRequest request = request(requestId);
        Distribution d = decide(request, true, decidedBy, comment);
        d.delete(decidedBy, request.getRequestedBy(), clock.instant());
        tellRequester(request, d, "deletion.approved.title", comment);
    }

    @Transactional
    public void refuse(long requestId, String decidedBy, String comment) {
        DeletionRequest request = request(requestId);
        tellRequester(request, decide(request, false, decidedBy, comment), "deletion.refused.title", comment);
    }

    private Distribution decide(DeletionRequest request, boolean approved, String decidedBy, String comment) {
        return decisions.decide(
                request,
                approved,
                decidedBy,
                comment,
                approved ? ReceiptEventType.DELETION_APPROVED : ReceiptEventType.DELETION_REFUSED,
                decisionDetail(request.getRequestedBy(), comment));
    }

    /** The event's actor is the leader who decided; its detail names the clerk who asked. */
    private String decisionDetail(String requestedBy, String comment) {
        String requester = translations.getTranslation(
                "deletion.requestedBy",
                Translations.CHINESE,
                organization
                        .personByUsername(requestedBy)
                        .map(PersonInfo::fullName)
                        .orElse(requestedBy));
        return comment == null || comment.isBlank() ? requester : requester + "；" + comment;
    }

    private void tellRequester(DeletionRequest request, Distribution d, String titleKey, String comment) {
        List<Long> requester = organization.personByUsername(request.getRequestedBy()).map(PersonInfo::id).stream()
                .toList();
        notifications.notify(
                requester,
                translations.getTranslation(titleKey, Translations.CHINESE, d.getTitle()),
                comment == null ? "" : comment,
                "inbox");
    }

    private DeletionRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> BusinessException.notFound("deletion.error.notFound", id));
    }
}
