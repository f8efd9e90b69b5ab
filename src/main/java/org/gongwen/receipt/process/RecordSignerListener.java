package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.receipt.internal.SignForChecks;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * At the sign-for task's completion: a return needs a reason; a sign-for needs every check to pass
 * (A10.1), checked again now, since the file could have changed since the task was created.
 * Remembers the clerk who completed the task.
 */
@Component("recordSignerListener")
class RecordSignerListener implements TaskListener {

    private final SignForChecks checks;

    RecordSignerListener(SignForChecks checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        DocumentReceiptProcess receipt = DocumentReceiptProcess.of(task.getExecution());
        if (receipt.returned()) {
            if (receipt.returnReason().isEmpty()) {
                throw BusinessException.invalid("receipt.error.returnReason");
            }
        } else {
            checks.requireAllPassed(receipt.documentId());
        }
        receipt.setSignedBy(task.getAssignee());
    }
}
