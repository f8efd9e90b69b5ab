package org.gongwen.document.process;

import java.util.List;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.RecipientEntry;
import org.gongwen.shared.TransactionScoped;
import org.springframework.stereotype.Component;

/**
 * The collections the multi-instance activities of {@code document-send} and
 * {@code document-send-batch} iterate over, read from the document when they start. Recipients
 * go in batches so that no job loads an execution tree of hundreds of siblings.
 */
@Component("documentSendRecipients")
public class DocumentSendRecipients {

    private final IssuedDocuments documents;

    DocumentSendRecipients(IssuedDocuments documents) {
        this.documents = documents;
    }

    public static final int BATCH_SIZE = 20;

    /** Read once per transaction: a batch asks for its part twice (its receipts, and {@code announceSendBatchListener}). */
    public List<String> keys(Object documentId) {
        long id = ((Number) documentId).longValue();
        return TransactionScoped.get(
                "send-recipient-keys-" + id,
                () -> documents.recipients(id).stream().map(RecipientEntry::key).toList());
    }

    /** "0", "1", … one per batch of at most {@link #BATCH_SIZE} recipients. */
    public List<String> batches(Object documentId) {
        int count = (keys(documentId).size() + BATCH_SIZE - 1) / BATCH_SIZE;
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(String::valueOf)
                .toList();
    }

    /**
     * The business key of a batch's {@code document-send-batch} instance, as {@code document-send} passes it:
     * {@link DocumentSendProcess#batchBusinessKeyPrefix} and the batch.
     */
    public String batchKey(Object documentId, Object batch) {
        return DocumentSendProcess.batchBusinessKeyPrefix(((Number) documentId).longValue()) + batch;
    }

    public List<String> keysOfBatch(Object documentId, Object batch) {
        List<String> keys = keys(documentId);
        int from = Integer.parseInt(batch.toString()) * BATCH_SIZE;
        return keys.subList(Math.min(from, keys.size()), Math.min(from + BATCH_SIZE, keys.size()));
    }
}
