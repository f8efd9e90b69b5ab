package org.gongwen.receipt.internal;

import static org.gongwen.organization.Role.Names.CLERK;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.SafeText;
import org.gongwen.workflow.TaskInboxService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Signing for (签收) and returning (退回, A15) from the received document's page or the REST API:
 * both complete the clerk's sign-for task of {@code document-receipt}, so the checks and the
 * process run exactly as they do from the task inbox.
 */
@Service
public class SignForService {

    private final ReceivingAccess access;
    private final TaskService tasks;
    private final HistoryService history;
    private final TaskInboxService inbox;
    private final AuthenticatedUser authenticatedUser;

    SignForService(
            ReceivingAccess access,
            TaskService tasks,
            HistoryService history,
            TaskInboxService inbox,
            AuthenticatedUser authenticatedUser) {
        this.access = access;
        this.tasks = tasks;
        this.history = history;
        this.inbox = inbox;
        this.authenticatedUser = authenticatedUser;
    }

    @Secured({"ROLE_" + CLERK})
    public void signFor(long distributionId) {
        inbox.complete(
                signForTask(distributionId).getId(),
                DocumentReceiptProcess.decision(DocumentReceiptProcess.SIGN_FOR, null));
    }

    @Secured({"ROLE_" + CLERK})
    public void returnDocument(long distributionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("receipt.error.returnReason");
        }
        SafeText.require(reason, "field.reason", 500);
        inbox.complete(
                signForTask(distributionId).getId(),
                DocumentReceiptProcess.decision(DocumentReceiptProcess.RETURN, reason.strip()));
    }

    private Task signForTask(long distributionId) {
        Distribution d = access.ownReceived(distributionId, authenticatedUser.require());
        if (d.getState() != DistributionState.DELIVERED) {
            throw BusinessException.conflict("receipt.error.state", d.getState().name());
        }
        Task task = d.getProcessInstanceId() == null
                ? null
                : tasks.createTaskQuery()
                        .processInstanceId(d.getProcessInstanceId())
                        .taskDefinitionKey(DocumentReceiptProcess.TASK_SIGN_FOR)
                        .singleResult();
        if (task == null) {
            throw signedForMeanwhile(d.getProcessInstanceId())
                    ? BusinessException.conflict("error.contention")
                    : BusinessException.conflict("receipt.error.noSignForTask");
        }
        return task;
    }

    /** The distribution was read as delivered, but another request completed its sign-for task since. */
    private boolean signedForMeanwhile(String processInstanceId) {
        return processInstanceId != null
                && history.createHistoricTaskInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .taskDefinitionKey(DocumentReceiptProcess.TASK_SIGN_FOR)
                                .finished()
                                .count()
                        > 0;
    }
}
