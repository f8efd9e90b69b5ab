package org.gongwen.receipt.internal;

import static org.gongwen.organization.Role.Names.CLERK;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's request to the sender when a document cannot be received normally (A10.2): a
 * re-send (重发) or extra print copies (追加打印份数). Starts {@code document-reissue}, where the
 * sending unit's clerk or leader decides.
 */
@Service
public class ReissueService {

    public static final int MAX_EXTRA_COPIES = 100;

    private final ReissueRequestRepository requests;
    private final DistributionRepository distributions;
    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final Translations translations;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    ReissueService(
            ReissueRequestRepository requests,
            DistributionRepository distributions,
            ReceivingAccess access,
            ReceiptLog log,
            OrganizationService organization,
            RuntimeService runtime,
            Translations translations,
            AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.requests = requests;
        this.distributions = distributions;
        this.access = access;
        this.log = log;
        this.organization = organization;
        this.runtime = runtime;
        this.translations = translations;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    @Transactional
    @Secured({"ROLE_" + CLERK})
    public ReissueRequestInfo request(long distributionId, ReissueKind kind, int extraCopies, String reason) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.ownReceived(distributionId, caller);
        if (kind == null) {
            throw BusinessException.invalid("reissue.error.kind");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw BusinessException.invalid("reissue.error.reason");
        }
        SafeText.require(reason, "field.reason");
        if (kind == ReissueKind.EXTRA_COPIES && (extraCopies < 1 || extraCopies > MAX_EXTRA_COPIES)) {
            throw BusinessException.invalid("reissue.error.copies", MAX_EXTRA_COPIES);
        }
        if (d.getState() == DistributionState.SUPERSEDED || d.getState() == DistributionState.RETURNED) {
            throw BusinessException.conflict("receipt.error.state", d.getState().name());
        }
        if (requests.existsByDistributionIdAndState(distributionId, RequestState.PENDING)) {
            throw BusinessException.conflict("reissue.error.pending");
        }
        String senderCode = d.getSenderUnitId() == null
                ? null
                : organization.unit(d.getSenderUnitId()).map(UnitInfo::code).orElse(null);
        if (senderCode == null) {
            throw BusinessException.conflict("reissue.error.noSender");
        }
        d.markRead(clock.instant());
        ReissueRequest request = requests.saveAndFlush(new ReissueRequest(
                distributionId, kind, extraCopies, reason.strip(), caller.username(), clock.instant()));
        log.record(
                distributionId,
                ReceiptEventType.REISSUE_REQUESTED,
                caller.username(),
                null,
                kind.name() + (kind == ReissueKind.EXTRA_COPIES ? " +" + extraCopies : "") + "：" + reason.strip());
        String summary = translations.getTranslation(
                "reissue.summary",
                Translations.CHINESE,
                caller.unitName(),
                kind == ReissueKind.RESEND
                        ? translations.getTranslation("reissue.kind.RESEND", Translations.CHINESE)
                        : translations.getTranslation("reissue.kind.EXTRA_COPIES.n", Translations.CHINESE, extraCopies),
                reason.strip());
        String instance = runtime.startProcessInstanceByKey(
                        DocumentReissueProcess.KEY,
                        DocumentReissueProcess.businessKey(request.getId()),
                        DocumentReissueProcess.startVariables(
                                request.getId(), kind.name(), senderCode, d.getTitle(), summary))
                .getProcessInstanceId();
        request.startedAs(instance);
        return request.info();
    }

    /** The requests about one received document, for its recipient, its sender and supervisors. */
    @Transactional(readOnly = true)
    public List<ReissueRequestInfo> requestsOf(long distributionId) {
        access.readable(distributionId, authenticatedUser.require());
        return requests.findByDistributionIdOrderByIdAsc(distributionId).stream()
                .map(ReissueRequest::info)
                .toList();
    }

    /** Every request about a document the caller's unit sent, for the sender's per-recipient view. */
    @Transactional(readOnly = true)
    public List<ReissueRequestInfo> requestsAboutDocument(long documentId) {
        CurrentUser caller = authenticatedUser.require();
        List<Long> ids = distributions.findByDocumentIdOrderByIdAsc(documentId).stream()
                .filter(d -> caller.isCountyWide()
                        || (d.getSenderUnitId() != null && d.getSenderUnitId() == caller.unitId()))
                .map(Distribution::getId)
                .toList();
        return ids.isEmpty()
                ? List.of()
                : requests.findByDistributionIdInOrderByIdAsc(ids).stream()
                        .map(ReissueRequest::info)
                        .toList();
    }
}
