package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.DeletionDecisions;
import org.springframework.stereotype.Component;

/** The leader approved the deletion: the received document is hidden, kept with its history (A9.2). */
@Component("deleteReceivedDocumentDelegate")
class DeleteReceivedDocumentDelegate implements JavaDelegate {

    private final DeletionDecisions decisions;

    DeleteReceivedDocumentDelegate(DeletionDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptDeletionProcess deletion = ReceiptDeletionProcess.of(execution);
        decisions.delete(
                deletion.requestId(),
                deletion.decision().decidedBy(),
                deletion.decision().reason());
    }
}
