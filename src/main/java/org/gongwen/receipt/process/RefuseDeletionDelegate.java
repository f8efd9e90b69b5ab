package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.DeletionDecisions;
import org.springframework.stereotype.Component;

/** The leader refused the deletion; the clerk who asked is told why (A9.2). */
@Component("refuseDeletionDelegate")
class RefuseDeletionDelegate implements JavaDelegate {

    private final DeletionDecisions decisions;

    RefuseDeletionDelegate(DeletionDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(execution);
        decisions.refuse(
                deletion.requestId(),
                deletion.decision().decidedBy(),
                deletion.decision().reason());
    }
}
