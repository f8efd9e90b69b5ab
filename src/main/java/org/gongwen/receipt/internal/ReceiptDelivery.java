package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongwen.document.DocumentHeadline;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.SendBatchStarting;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DistributionState;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransactionScoped;
import org.gongwen.shared.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code document-receipt}, acting for the system (no caller): deliver, tell the
 * recipient unit's clerks, remind and escalate, record the sign-for or the return.
 */
@Service
public class ReceiptDelivery {

    private final DistributionRepository distributions;
    private final IssuedDocuments documents;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final ReceiptLog log;
    private final CopyRanges copyRanges;
    private final Clock clock;

    ReceiptDelivery(
            DistributionRepository distributions,
            IssuedDocuments documents,
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            ReceiptLog log,
            CopyRanges copyRanges,
            Clock clock) {
        this.distributions = distributions;
        this.copyRanges = copyRanges;
        this.documents = documents;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Reads what the first deliveries of a batch of recipients need in a few queries instead of a few
     * per recipient, for {@link #deliver} and {@link #notifyClerks} later in this transaction: the
     * units, which of them already have their distribution, their clerks and the clerks' addresses.
     * A batch of {@code document-send-batch} announces its recipients as it starts, in its transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepare(SendBatchStarting batch) {
        prepare(batch.documentId(), batch.recipients());
    }

    private void prepare(long documentId, List<RecipientEntry> recipients) {
        List<Long> unitIds =
                recipients.stream().map(RecipientEntry::unitId).distinct().toList();
        Map<Long, UnitInfo> units = new HashMap<>();
        organization.units(unitIds).forEach(unit -> units.put(unit.id(), unit));
        unitIds.forEach(id -> TransactionScoped.put(unitKey(id), Optional.ofNullable(units.get(id))));
        Set<Long> delivered = Set.copyOf(distributions.findUnitIdsDelivered(documentId, 1, unitIds));
        unitIds.stream()
                .filter(id -> !delivered.contains(id))
                .forEach(id -> TransactionScoped.put(undeliveredKey(documentId, id), Boolean.TRUE));
        Map<Long, List<Long>> clerks = organization.activePersonIdsWithRoleIn(Role.CLERK, unitIds);
        clerks.forEach((unitId, people) -> TransactionScoped.put(clerksKey(unitId), people));
        organization.readContactsAhead(
                clerks.values().stream().flatMap(List::stream).toList());
    }

    /**
     * Finds or creates version {@code version} of the distribution of a document to one recipient,
     * with its range of copy numbers: the first version where the sender's printing plan puts it, a
     * re-sent one after the document's highest number. Idempotent: a retried fan-out job finds the
     * row it (or an earlier attempt) created and never adds a second one.
     */
    @Transactional
    public Delivery deliver(long documentId, RecipientEntry recipient, int version, String processInstanceId) {
        // the same for every recipient of a batch: read once per transaction
        DocumentHeadline document =
                TransactionScoped.get("delivery-headline-" + documentId, () -> documents.headline(documentId));
        UnitInfo unit = TransactionScoped.<Optional<UnitInfo>>get(
                        unitKey(recipient.unitId()), () -> organization.unit(recipient.unitId()))
                .orElseThrow(() -> BusinessException.notFound("error.unitNotFound", recipient.unitId()));
        boolean knownUndelivered =
                version == 1 && TransactionScoped.get(undeliveredKey(documentId, unit.id()), () -> Boolean.FALSE);
        Distribution distribution = (knownUndelivered
                        ? Optional.<Distribution>empty()
                        : distributions.findByDocumentIdAndUnitIdAndVersion(documentId, unit.id(), version))
                .orElseGet(() -> {
                    String sender = TransactionScoped.get(
                            "delivery-sender-" + documentId,
                            () -> organization
                                    .unit(document.unitId())
                                    .map(UnitInfo::fullName)
                                    .orElse(""));
                    Distribution created = distributions.save(new Distribution(
                            document,
                            sender,
                            unit.id(),
                            version,
                            recipient.kind(),
                            recipient.printQuota(),
                            processInstanceId,
                            clock.instant()));
                    log.record(
                            created.getId(),
                            ReceiptEventType.DELIVERED,
                            null,
                            null,
                            version > 1 ? "v" + version : null);
                    if (version == 1) {
                        copyRanges.planned(created);
                    } else {
                        copyRanges.grant(created, created.getPrintQuota());
                    }
                    return created;
                });
        return new Delivery(
                distribution.getId(),
                unit.id(),
                unit.code(),
                document.title(),
                document.docNumber() == null ? "" : document.docNumber(),
                distribution.getSenderName());
    }

    /**
     * Notice to every active clerk of the recipient unit (A9.1), pointing to the inbox: in-app,
     * and by e-mail and SMS, since there is no second notice.
     */
    @Transactional
    public void notifyClerks(long distributionId) {
        Distribution distribution = distribution(distributionId);
        tell(clerksOf(distribution.getUnitId()), "receipt.delivered.title", "receipt.delivered.body", distribution);
    }

    /** Still not signed for after the first deadline: the clerks are reminded (催收). */
    @Transactional
    public void remind(long distributionId) {
        Distribution distribution = distribution(distributionId);
        if (distribution.getState() != DistributionState.DELIVERED) {
            return;
        }
        distribution.remind(clock.instant());
        log.record(distributionId, ReceiptEventType.REMINDED, null, null, null);
        tell(clerksOf(distribution.getUnitId()), "receipt.reminder.title", "receipt.reminder.body", distribution);
    }

    /** Overdue (A9, A16): marked for supervision and the unit's leaders are told. */
    @Transactional
    public void escalate(long distributionId) {
        Distribution distribution = distribution(distributionId);
        if (distribution.getState() != DistributionState.DELIVERED) {
            return;
        }
        distribution.markOverdue(clock.instant());
        log.record(distributionId, ReceiptEventType.OVERDUE, null, null, null);
        tell(
                organization.activePersonIdsWithRoleIn(Role.LEADER, distribution.getUnitId()),
                "receipt.overdue.title",
                "receipt.overdue.body",
                distribution);
    }

    /** The clerk who completed the sign-for task signed for the document (签收). */
    @Transactional
    public void signFor(long distributionId, String username) {
        distribution(distributionId).signFor(username, clock.instant());
        log.record(distributionId, ReceiptEventType.SIGNED, username, null, null);
        notifications.actedOn(link(distributionId));
    }

    /** Returned to the sender with a reason (退回, A15): it reaches the sending unit's clerks. */
    @Transactional
    public void returnDocument(long distributionId, String username, String reason) {
        Distribution distribution = distribution(distributionId);
        distribution.returnToSender(username, reason, clock.instant());
        log.record(distributionId, ReceiptEventType.RETURNED, username, null, reason);
        notifications.actedOn(link(distributionId));
        if (distribution.getSenderUnitId() != null) {
            String recipient = organization
                    .unit(distribution.getUnitId())
                    .map(UnitInfo::fullName)
                    .orElse("");
            notifications.notify(
                    clerksOf(distribution.getSenderUnitId()),
                    translations.getTranslation(
                            "receipt.returned.title", Translations.CHINESE, distribution.getTitle()),
                    translations.getTranslation("receipt.returned.body", Translations.CHINESE, recipient, reason),
                    "documents",
                    Channel.all());
        }
    }

    /** Every channel: the regulation knows no second notice, so each alert must reach the person (A9.1). */
    private void tell(List<Long> people, String titleKey, String bodyKey, Distribution distribution) {
        notifications.notify(
                people,
                translations.getTranslation(titleKey, Translations.CHINESE, distribution.getTitle()),
                translations.getTranslation(
                        bodyKey,
                        Translations.CHINESE,
                        distribution.getDocNumber() == null ? "" : distribution.getDocNumber(),
                        distribution.getSenderName()),
                link(distribution.getId()),
                Channel.all());
    }

    /** Where a receipt notice points: the received document's page. */
    static String link(long distributionId) {
        return "inbox/" + distributionId;
    }

    private List<Long> clerksOf(long unitId) {
        return TransactionScoped.get(
                clerksKey(unitId), () -> organization.activePersonIdsWithRoleIn(Role.CLERK, unitId));
    }

    private static String unitKey(long unitId) {
        return "delivery-unit-" + unitId;
    }

    private static String undeliveredKey(long documentId, long unitId) {
        return "delivery-undelivered-" + documentId + "-" + unitId;
    }

    private static String clerksKey(long unitId) {
        return "delivery-clerks-" + unitId;
    }

    Distribution distribution(long id) {
        return distributions.findById(id).orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", id));
    }
}
