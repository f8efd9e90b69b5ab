package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** The leader returned the draft with comments; the drafter is told (A7). */
@Component("recordDocumentReturnDelegate")
class RecordDocumentReturnDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    RecordDocumentReturnDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        issuing.returned(p.documentId(), p.comment());
    }
}
