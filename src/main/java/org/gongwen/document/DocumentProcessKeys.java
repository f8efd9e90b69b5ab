package org.gongwen.document;

import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;

/**
 * The names by which others find a document's processes ({@code document-approval}, {@code document-send} and
 * its batches); the strings are the process classes'.
 */
public final class DocumentProcessKeys {

    /** The process definition key of the approval. */
    public static final String APPROVAL = DocumentApprovalProcess.KEY;

    private DocumentProcessKeys() {}

    public static String approval(long documentId) {
        return DocumentApprovalProcess.businessKey(documentId);
    }

    public static String send(long documentId) {
        return DocumentSendProcess.businessKey(documentId);
    }

    /** What the business keys of the send's batches begin with (for a LIKE query). */
    public static String sendBatchPrefix(long documentId) {
        return DocumentSendProcess.batchBusinessKeyPrefix(documentId);
    }
}
