package org.gongwen.document.process;

import java.util.Map;
import java.util.Optional;
import org.gongwen.document.internal.IssuingSteps;
import org.gongwen.workflow.TaskDetails;
import org.gongwen.workflow.TaskDocument;
import org.gongwen.workflow.TaskDocumentSource;
import org.springframework.stereotype.Component;

/**
 * The layout file on the tasks of approval and sending: the leader's approval, the drafter's
 * revision, the county office's review, the seal custodian's stamping and the sender's
 * confirmation all show the document they act on.
 */
@Component
class DocumentTaskFiles implements TaskDocumentSource {

    private static final Map<String, String> DOCUMENT_ID = Map.of(
            DocumentApprovalProcess.KEY, DocumentApprovalProcess.DOCUMENT_ID,
            DocumentSendProcess.KEY, DocumentSendProcess.DOCUMENT_ID);

    private final IssuingSteps steps;

    DocumentTaskFiles(IssuingSteps steps) {
        this.steps = steps;
    }

    @Override
    public Optional<TaskDocument> documentFor(TaskDetails task) {
        String variable = DOCUMENT_ID.get(String.valueOf(task.task().processKey()));
        if (variable == null || !(task.variables().get(variable) instanceof Number id)) {
            return Optional.empty();
        }
        long documentId = id.longValue();
        return Optional.of(
                new TaskDocument("document-" + documentId + ".pdf", clientAddress -> steps.layoutFile(documentId)));
    }
}
