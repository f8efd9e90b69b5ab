package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.document.RecipientEntry;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system steps of {@code document-reissue} (A10.2): tell the sender, and carry out the
 * decision: a re-send supersedes the recipient's copy and starts its receipt again as a new
 * version; extra copies raise the quota, with a new range of copy numbers; a refusal returns the
 * reason. Both sides are told.
 */
@Service
public class ReissueDecisions {

    /** Starts a new receipt for a re-sent version; implemented by the process layer. */
    public interface Resender {
        void startReceipt(long documentId, RecipientEntry recipient, int version);
    }

    private final ReissueRequestRepository requests;
    private final RequestDecisions decisions;
    private final DistributionRepository distributions;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final ReceiptLog log;
    private final RuntimeService runtime;
    private final CopyRanges copyRanges;
    private final Clock clock;

    ReissueDecisions(
            ReissueRequestRepository requests,
            RequestDecisions decisions,
            DistributionRepository distributions,
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            ReceiptLog log,
            RuntimeService runtime,
            CopyRanges copyRanges,
            Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.distributions = distributions;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.log = log;
        this.runtime = runtime;
        this.copyRanges = copyRanges;
        this.clock = clock;
    }

    @Transactional
    public void notifySender(long requestId) {
        ReissueRequest request = request(requestId);
        Distribution d = decisions.distribution(request.getDistributionId());
        if (d.getSenderUnitId() == null) {
            return;
        }
        String recipient = unitName(d.getUnitId());
        tell(
                people(d.getSenderUnitId(), Role.CLERK, Role.LEADER),
                "reissue.requested.title",
                "reissue.requested.body",
                "tasks",
                d.getTitle(),
                recipient,
                kindLabel(request),
                request.getReason());
    }

    /** A re-send: the old copy is superseded (its waiting receipt ends) and the receipt starts again. */
    @Transactional
    public void resend(long requestId, String decidedBy, String reason, Resender resender) {
        ReissueRequest request = request(requestId);
        Distribution old =
                decisions.decide(request, true, decidedBy, reason, ReceiptEventType.REISSUE_APPROVED, reason);
        if (old.getState() != DistributionState.SUPERSEDED) {
            old.supersede(clock.instant());
        }
        log.record(old.getId(), ReceiptEventType.SUPERSEDED, decidedBy, null, "v" + (old.getVersion() + 1));
        if (old.getProcessInstanceId() != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(old.getProcessInstanceId())
                                .active()
                                .count()
                        > 0) {
            runtime.createMessageCorrelation(DocumentReceiptProcess.MESSAGE_SUPERSEDED)
                    .processInstanceId(old.getProcessInstanceId())
                    .correlateAll();
        }
        int version = distributions
                        .findFirstByDocumentIdAndUnitIdOrderByVersionDesc(old.getDocumentId(), old.getUnitId())
                        .map(Distribution::getVersion)
                        .orElse(old.getVersion())
                + 1;
        resender.startReceipt(
                old.getDocumentId(), new RecipientEntry(old.getUnitId(), old.getKind(), old.getPrintQuota()), version);
        distributions
                .findByDocumentIdAndUnitIdAndVersion(old.getDocumentId(), old.getUnitId(), version)
                .ifPresent(created -> request.resentAs(created.getId()));
        tellRecipient(request, old, "reissue.approved.title", "reissue.resent.body", reason);
    }

    @Transactional
    public void raiseQuota(long requestId, String decidedBy, String reason) {
        ReissueRequest request = request(requestId);
        if (request.getKind() != ReissueKind.EXTRA_COPIES) {
            throw new IllegalStateException("request " + requestId + " asks for " + request.getKind());
        }
        Distribution d = decisions.decide(request, true, decidedBy, reason, ReceiptEventType.REISSUE_APPROVED, reason);
        d.raiseQuota(request.getExtraCopies());
        copyRanges.grant(d, request.getExtraCopies());
        log.record(
                d.getId(),
                ReceiptEventType.QUOTA_RAISED,
                decidedBy,
                null,
                "+" + request.getExtraCopies() + " = " + d.getPrintQuota());
        tellRecipient(
                request, d, "reissue.approved.title", "reissue.quotaRaised.body", String.valueOf(d.getPrintQuota()));
    }

    @Transactional
    public void refuse(long requestId, String decidedBy, String reason) {
        ReissueRequest request = request(requestId);
        Distribution d = decisions.decide(request, false, decidedBy, reason, ReceiptEventType.REISSUE_REFUSED, reason);
        tellRecipient(request, d, "reissue.refused.title", "reissue.refused.body", reason);
    }

    private void tellRecipient(ReissueRequest request, Distribution d, String titleKey, String bodyKey, String detail) {
        tell(
                people(d.getUnitId(), Role.CLERK),
                titleKey,
                bodyKey,
                "inbox/" + d.getId(),
                d.getTitle(),
                kindLabel(request),
                detail == null ? "" : detail);
    }

    private void tell(List<Long> people, String titleKey, String bodyKey, String link, String title, Object... args) {
        notifications.notify(
                people,
                translations.getTranslation(titleKey, Translations.CHINESE, title),
                translations.getTranslation(bodyKey, Translations.CHINESE, args),
                link);
    }

    private String kindLabel(ReissueRequest request) {
        return request.getKind() == ReissueKind.RESEND
                ? translations.getTranslation("reissue.kind.RESEND", Translations.CHINESE)
                : translations.getTranslation(
                        "reissue.kind.EXTRA_COPIES.n", Translations.CHINESE, request.getExtraCopies());
    }

    private List<Long> people(long unitId, Role... roles) {
        return Arrays.stream(roles)
                .flatMap(r -> organization.activePeopleWithRoleIn(r, unitId).stream())
                .map(PersonInfo::id)
                .distinct()
                .toList();
    }

    private String unitName(long unitId) {
        return organization.unit(unitId).map(UnitInfo::fullName).orElse("");
    }

    private ReissueRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> BusinessException.notFound("reissue.error.notFound", id));
    }
}
