package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The sender confirmed and the send goes out: the document is sent, at this moment (A14.1). */
@Component("recordSendTimeDelegate")
class RecordSendTimeDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    RecordSendTimeDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        steps.sent(send.documentId());
    }
}
