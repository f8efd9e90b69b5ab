package org.gongwen.document.internal;

import java.util.Map;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.shared.ItemPageSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Approval, send and its batches are about a document: {@code documents/<id>}. */
@Component
@Order(10)
class DocumentProcessSubjects extends ItemPageSubjects {

    DocumentProcessSubjects() {
        super(
                "documents",
                Map.entry(DocumentApprovalProcess.KEY, DocumentApprovalProcess.BUSINESS_KEY::idOf),
                Map.entry(DocumentSendProcess.KEY, DocumentSendProcess.BUSINESS_KEY::idOf),
                Map.entry(DocumentSendProcess.BATCH_KEY, DocumentSendProcess::documentIdOfBatch));
    }
}
