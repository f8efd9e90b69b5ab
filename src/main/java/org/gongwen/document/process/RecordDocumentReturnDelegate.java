package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The leader returned the draft with comments; the drafter is told (A7). */
@Component("recordDocumentReturnDelegate")
class RecordDocumentReturnDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    RecordDocumentReturnDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.returned(p.documentId(), p.comment());
    }
}
