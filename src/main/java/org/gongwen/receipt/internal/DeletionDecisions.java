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
    private final DistributionRepository distributions;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final ReceiptLog log;
    private final Clock clock;

    DeletionDecisions(
            DeletionRequestRepository requests,
            DistributionRepository distributions,
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            ReceiptLog log,
            Clock clock) {
        this.requests = requests;
        this.distributions = distributions;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public void delete(long requestId, String decidedBy, String comment) {
        DeletionRequest request = request(requestId);
        request.decide(true, decidedBy, comment, clock.instant());
        Distribution d = distribution(request.getDistributionId());
        d.delete(decidedBy, request.getRequestedBy(), clock.instant());
        log.record(
                d.getId(),
                ReceiptEventType.DELETION_APPROVED,
                decidedBy,
                null,
                decisionDetail(request.getRequestedBy(), comment));
        tellRequester(request, d, "deletion.approved.title", comment);
    }

    @Transactional
    public void refuse(long requestId, String decidedBy, String comment) {
        DeletionRequest request = request(requestId);
        request.decide(false, decidedBy, comment, clock.instant());
        Distribution d = distribution(request.getDistributionId());
        log.record(
                d.getId(),
                ReceiptEventType.DELETION_REFUSED,
                decidedBy,
                null,
                decisionDetail(request.getRequestedBy(), comment));
        tellRequester(request, d, "deletion.refused.title", comment);
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

    private Distribution distribution(long id) {
        return distributions.findById(id).orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", id));
    }
}
