package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/** Remembers who decided a deletion; a refusal must say why (A9.2). */
@Component("deletionDecidedListener")
class DeletionDecidedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(task.getExecution());
        if (!deletion.approved() && deletion.comment().isEmpty()) {
            throw BusinessException.invalid("deletion.error.refusalReason");
        }
        deletion.setDecidedBy(task.getAssignee());
    }
}
