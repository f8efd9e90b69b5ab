package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.List;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.DocumentIssuing;
import org.gongwen.document.RecipientEntry;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.Delivery;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code document-receipt}, acting for the system (no caller): deliver, tell the
 * recipient unit's clerks, record the sign-for.
 */
@Service
public class ReceiptDelivery {

    private final DistributionRepository distributions;
    private final DocumentIssuing documents;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final Clock clock;

    ReceiptDelivery(DistributionRepository distributions, DocumentIssuing documents, OrganizationService organization,
            NotificationService notifications, Translations translations, Clock clock) {
        this.distributions = distributions;
        this.documents = documents;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Finds or creates the distribution of a document to one recipient. Idempotent: a retried
     * fan-out job finds the row it (or an earlier attempt) created and never adds a second one.
     */
    @Transactional
    public Delivery deliver(long documentId, RecipientEntry recipient, String processInstanceId) {
        DocumentHeadline document = documents.headline(documentId);
        UnitInfo unit = organization.unit(recipient.unitId())
                .orElseThrow(() -> BusinessException.notFound("error.unitNotFound", recipient.unitId()));
        Distribution distribution = distributions.findByDocumentIdAndUnitId(documentId, unit.id())
                .orElseGet(() -> distributions.saveAndFlush(new Distribution(documentId, unit.id(), recipient.kind(),
                        recipient.printQuota(), processInstanceId, clock.instant())));
        return new Delivery(distribution.getId(), unit.id(), unit.code(), document.title(),
                document.docNumber() == null ? "" : document.docNumber());
    }

    /**
     * Notice to every active clerk of the recipient unit (A9.1), pointing to the inbox: in-app,
     * and by e-mail and SMS, since there is no second notice.
     */
    @Transactional
    public void notifyClerks(long distributionId) {
        Distribution distribution = distribution(distributionId);
        DocumentHeadline document = documents.headline(distribution.getDocumentId());
        List<Long> clerks = organization.activePeopleWithRoleIn(Role.CLERK, distribution.getUnitId()).stream()
                .map(PersonInfo::id).toList();
        notifications.notify(clerks,
                translations.getTranslation("receipt.delivered.title", Translations.CHINESE, document.title()),
                translations.getTranslation("receipt.delivered.body", Translations.CHINESE,
                        document.docNumber() == null ? "" : document.docNumber()),
                "inbox", Channel.all());
    }

    /** The clerk who completed the sign-for task signed for the document (签收). */
    @Transactional
    public void signFor(long distributionId, String username) {
        distribution(distributionId).signFor(username, clock.instant());
    }

    private Distribution distribution(long id) {
        return distributions.findById(id).orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", id));
    }
}
