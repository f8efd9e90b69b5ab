package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The drafter revised and resubmits for approval. */
@Component("resubmitDocumentDelegate")
class ResubmitDocumentDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    ResubmitDocumentDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.resubmitted(p.documentId());
    }
}
