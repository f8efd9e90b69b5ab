package org.gongwen.receipt;

import java.util.OptionalLong;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.process.DocumentReceiptProcess;

/**
 * The names by which others reach a recipient's receipt ({@code document-receipt}): its process key and
 * business key, and where it ends signed for. {@code document-send-batch} calls it as the process bean
 * {@code receiptKeys}; archive and supervision find a document's receipts by it. The strings themselves
 * are {@link DocumentReceiptProcess}'s.
 */
public class ReceiptKeys {

    /** The process definition key. */
    public static final String PROCESS = DocumentReceiptProcess.KEY;
    /** The end event a receipt reaches when the recipient signed for the document. */
    public static final String SIGNED_FOR = DocumentReceiptProcess.END_SIGNED_FOR;

    /** The business key of the receipt of document {@code documentId} by unit {@code unitId}, in every version. */
    public static String businessKey(long documentId, long unitId) {
        return DocumentReceiptProcess.businessKey(documentId, unitId);
    }

    /** What the business keys of all receipts of document {@code documentId} begin with (for a LIKE query). */
    public static String businessKeyPrefix(long documentId) {
        return DocumentReceiptProcess.businessKeyPrefix(documentId);
    }

    /** The document a receipt's business key names; empty for a key that is no receipt's. */
    public static OptionalLong documentIdOf(String businessKey) {
        return DocumentReceiptProcess.documentIdOf(businessKey);
    }

    /** For the model: the business key of the receipt of a recipient as it travels ({@link RecipientEntry#key()}). */
    public String ofRecipient(Object documentId, String recipient) {
        return businessKey(
                ((Number) documentId).longValue(),
                RecipientEntry.ofKey(recipient).unitId());
    }
}
