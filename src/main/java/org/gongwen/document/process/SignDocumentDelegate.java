package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** Numbers, lays out with the seal image and signs with the seal's key; runs as a retried job. */
@Component("signDocumentDelegate")
class SignDocumentDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    SignDocumentDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        issuing.sign(p.documentId(), p.stampedBy());
    }
}
