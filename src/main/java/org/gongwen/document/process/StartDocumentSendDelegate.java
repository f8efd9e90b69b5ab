package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** Hands the signed document to {@code document-send}, started by the drafter's name (A13). */
@Component("startDocumentSendDelegate")
class StartDocumentSendDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    StartDocumentSendDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.handedToSend(p.documentId());
        execution
                .getProcessEngineServices()
                .getRuntimeService()
                .startProcessInstanceByKey(
                        DocumentSendProcess.KEY,
                        DocumentSendProcess.businessKey(p.documentId()),
                        DocumentSendProcess.startVariables(p.documentId(), p.initiator(), p.title()));
    }
}
