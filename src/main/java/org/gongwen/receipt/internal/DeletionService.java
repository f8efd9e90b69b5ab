package org.gongwen.receipt.internal;

import static org.gongwen.organization.Role.Names.CLERK;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A received document is never deleted by staff alone (A9.2): a clerk asks, with a reason, and the
 * unit's leader in charge approves or refuses in {@code receipt-deletion}. An approved deletion
 * hides the document and keeps it.
 */
@Service
public class DeletionService {

    private final DeletionRequestRepository requests;
    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final RuntimeService runtime;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    DeletionService(
            DeletionRequestRepository requests,
            ReceivingAccess access,
            ReceiptLog log,
            RuntimeService runtime,
            AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.log = log;
        this.runtime = runtime;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    @Transactional
    @Secured({"ROLE_" + CLERK})
    public DeletionRequestInfo request(long distributionId, String reason) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.ownReceived(distributionId, caller);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw BusinessException.invalid("deletion.error.reason");
        }
        SafeText.require(reason, "field.reason");
        if (requests.existsByDistributionIdAndState(distributionId, RequestState.PENDING)) {
            throw BusinessException.conflict("deletion.error.pending");
        }
        d.markRead(clock.instant());
        DeletionRequest request = requests.saveAndFlush(
                new DeletionRequest(distributionId, reason.strip(), caller.username(), clock.instant()));
        log.record(distributionId, ReceiptEventType.DELETION_REQUESTED, caller.username(), null, reason.strip());
        String instance = runtime.startProcessInstanceByKey(
                        ReceiptDeletionProcess.KEY,
                        ReceiptDeletionProcess.businessKey(request.getId()),
                        ReceiptDeletionProcess.startVariables(
                                request.getId(), caller.unitCode(), d.getTitle(), reason.strip(), caller.username()))
                .getProcessInstanceId();
        request.startedAs(instance);
        return request.info();
    }
}
