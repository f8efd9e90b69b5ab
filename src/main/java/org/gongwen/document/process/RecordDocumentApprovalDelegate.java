package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The leader approved (核准, A7); county-level documents go to the county office next (A12). */
@Component("recordDocumentApprovalDelegate")
class RecordDocumentApprovalDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    RecordDocumentApprovalDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.approved(p.documentId());
    }
}
