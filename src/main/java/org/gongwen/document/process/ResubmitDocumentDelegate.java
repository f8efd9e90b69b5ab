package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** The drafter revised and resubmits for approval. */
@Component("resubmitDocumentDelegate")
class ResubmitDocumentDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    ResubmitDocumentDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        issuing.resubmitted(p.documentId());
    }
}
