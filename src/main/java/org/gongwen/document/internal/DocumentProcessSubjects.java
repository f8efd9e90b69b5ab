package org.gongwen.document.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Approval, send and its batches are about a document: {@code documents/<id>}. */
@Component
@Order(10)
class DocumentProcessSubjects implements ProcessSubjects {

    private static final String DOCUMENTS = "documents";

    private static final Map<String, Function<String, OptionalLong>> DOCUMENT_OF = Map.of(
            DocumentApprovalProcess.KEY, DocumentApprovalProcess::documentIdOf,
            DocumentSendProcess.KEY, DocumentSendProcess::documentIdOf,
            DocumentSendProcess.BATCH_KEY, DocumentSendProcess::documentIdOfBatch);

    @Override
    public List<String> processKeys() {
        return List.of(DocumentApprovalProcess.KEY, DocumentSendProcess.KEY, DocumentSendProcess.BATCH_KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return DOCUMENTS;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        return ProcessSubjects.routesById(DOCUMENTS, businessKeys, DOCUMENT_OF.get(processKey));
    }
}
