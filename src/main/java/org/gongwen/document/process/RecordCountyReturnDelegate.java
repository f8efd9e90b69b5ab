package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The county office returned the document with a reason (A15); the drafter is told. */
@Component("recordCountyReturnDelegate")
class RecordCountyReturnDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    RecordCountyReturnDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.countyReturned(p.documentId(), p.countyReason());
    }
}
