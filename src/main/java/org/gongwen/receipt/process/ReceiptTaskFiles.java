package org.gongwen.receipt.process;

import java.util.Optional;
import org.gongwen.receipt.ReceiptService;
import org.gongwen.receipt.internal.DeletionRequest;
import org.gongwen.receipt.internal.DeletionRequestRepository;
import org.gongwen.receipt.internal.ReissueRequest;
import org.gongwen.receipt.internal.ReissueRequestRepository;
import org.gongwen.workflow.TaskDetails;
import org.gongwen.workflow.TaskDocument;
import org.gongwen.workflow.TaskDocumentSource;
import org.springframework.stereotype.Component;

/**
 * The received document on the tasks about it: the clerk's sign-for, the sender's decision on a
 * reissue request and the leader's decision on a deletion request. Each fetch is a recorded view
 * (A4.3), as on the received document's page.
 */
@Component
class ReceiptTaskFiles implements TaskDocumentSource {

    private final ReceiptService receipts;
    private final ReissueRequestRepository reissues;
    private final DeletionRequestRepository deletions;

    ReceiptTaskFiles(ReceiptService receipts, ReissueRequestRepository reissues, DeletionRequestRepository deletions) {
        this.receipts = receipts;
        this.reissues = reissues;
        this.deletions = deletions;
    }

    @Override
    public Optional<TaskDocument> documentFor(TaskDetails task) {
        return distributionOf(task)
                .map(distributionId -> new TaskDocument(
                        "document.pdf", clientAddress -> receipts.layoutFileForViewer(distributionId, clientAddress)));
    }

    private Optional<Long> distributionOf(TaskDetails task) {
        String process = String.valueOf(task.task().processKey());
        return switch (process) {
            case DocumentReceiptProcess.KEY -> id(task, DocumentReceiptProcess.DISTRIBUTION_ID);
            case DocumentReissueProcess.KEY ->
                id(task, DocumentReissueProcess.REQUEST_ID)
                        .flatMap(reissues::findById)
                        .map(ReissueRequest::getDistributionId);
            case ReceiptDeletionProcess.KEY ->
                id(task, ReceiptDeletionProcess.REQUEST_ID)
                        .flatMap(deletions::findById)
                        .map(DeletionRequest::getDistributionId);
            default -> Optional.empty();
        };
    }

    private static Optional<Long> id(TaskDetails task, String variable) {
        return task.variables().get(variable) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }
}
