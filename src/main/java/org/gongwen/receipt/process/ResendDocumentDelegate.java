package org.gongwen.receipt.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.internal.ReissueDecisions;
import org.springframework.stereotype.Component;

/** The sender re-sends: the recipient's copy is superseded and its receipt starts again as a new version (A10.2). */
@Component("resendDocumentDelegate")
class ResendDocumentDelegate implements JavaDelegate {

    private final ReissueDecisions decisions;
    private final RuntimeService runtime;

    ResendDocumentDelegate(ReissueDecisions decisions, RuntimeService runtime) {
        this.decisions = decisions;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
        decisions.resend(
                reissue.requestId(),
                reissue.decision().decidedBy(),
                reissue.decision().reason(),
                this::startReceipt);
    }

    private void startReceipt(long documentId, RecipientEntry recipient, int version) {
        runtime.startProcessInstanceByKey(
                DocumentReceiptProcess.KEY,
                DocumentReceiptProcess.businessKey(documentId, recipient.unitId()),
                DocumentReceiptProcess.startVariables(documentId, recipient, version));
    }
}
