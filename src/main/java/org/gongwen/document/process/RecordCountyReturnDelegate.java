package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** The county office returned the document with a reason (A15); the drafter is told. */
@Component("recordCountyReturnDelegate")
class RecordCountyReturnDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    RecordCountyReturnDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        issuing.countyReturned(p.documentId(), p.countyReason());
    }
}
