package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** Every receipt has ended: the send process is complete; the document was sent at the confirmation. */
@Component("markDocumentSentDelegate")
class MarkDocumentSentDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    MarkDocumentSentDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        steps.allReceiptsEnded(send.documentId());
    }
}
