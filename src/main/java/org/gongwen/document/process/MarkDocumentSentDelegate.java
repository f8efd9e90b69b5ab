package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.document.DocumentIssuing;
import org.springframework.stereotype.Component;

/** Every receipt has ended: the send process is complete; the document was sent at the confirmation. */
@Component("markDocumentSentDelegate")
class MarkDocumentSentDelegate implements JavaDelegate {

    private final DocumentIssuing issuing;

    MarkDocumentSentDelegate(DocumentIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        issuing.allReceiptsEnded(send.documentId());
    }
}
