package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.internal.DocumentSigning;
import org.springframework.stereotype.Component;

/** Numbers, lays out with the seal image and signs with the seal's key; runs as a retried job. */
@Component("signDocumentDelegate")
class SignDocumentDelegate implements JavaDelegate {

    private final DocumentSigning signing;

    SignDocumentDelegate(DocumentSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentApprovalProcess p = DocumentApprovalProcess.of(execution);
        signing.sign(p.documentId(), p.stampedBy());
    }
}
