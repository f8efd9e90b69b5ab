package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.IssuingSteps;
import org.springframework.stereotype.Component;

/** The county office accepted the document for issuing in the county government's name (A12). */
@Component("recordCountyAcceptanceDelegate")
class RecordCountyAcceptanceDelegate implements JavaDelegate {

    private final IssuingSteps steps;

    RecordCountyAcceptanceDelegate(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        steps.countyAccepted(p.documentId());
    }
}
