package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** The county office accepted the document for issuing in the county government's name (A12). */
@Component("recordCountyAcceptanceDelegate")
class RecordCountyAcceptanceDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    RecordCountyAcceptanceDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        issuing.countyAccepted(p.documentId());
    }
}
