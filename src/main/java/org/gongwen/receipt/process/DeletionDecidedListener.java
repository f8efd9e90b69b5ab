package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who decided a deletion; a refusal must say why (A9.2). */
@Component("deletionDecidedListener")
class DeletionDecidedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ReceiptDeletionProcess.of(task.getExecution())
                .decision()
                .record(task.getAssignee(), "deletion.error.refusalReason");
    }
}
