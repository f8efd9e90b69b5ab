package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.receipt.internal.SignForChecks;
import org.springframework.stereotype.Component;

/** When the sign-for task is created: the result of each check, for the task's form (A10.1). */
@Component("receiptChecksListener")
class ReceiptChecksListener implements TaskListener {

    private final SignForChecks checks;

    ReceiptChecksListener(SignForChecks checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        DocumentReceiptProcess receipt = DocumentReceiptProcess.of(task.getExecution());
        receipt.setChecksSummary(checks.summary(receipt.documentId()));
    }
}
