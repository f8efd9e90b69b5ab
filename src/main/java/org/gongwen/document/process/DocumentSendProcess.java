package org.gongwen.document.process;

import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/**
 * The {@code document-send} model. Each recipient travels to its {@code document-receipt}
 * instance as one string ({@code RecipientEntry.key()}), so no serialized objects are stored.
 */
public final class DocumentSendProcess extends ProcessFacade {

    public static final String KEY = "document-send";
    /** The business keys: {@code document-send-<documentId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("document-send-");

    public static final String TASK_VALIDATE = "Task_Validate";
    public static final String TASK_CONFIRM = "Task_ConfirmRecipients";
    public static final String BATCH_KEY = "document-send-batch";
    public static final String ACTIVITY_BATCHES = "Activity_Batches";
    public static final String END_SENT = "EndEvent_Sent";
    public static final String END_INVALID = "EndEvent_Invalid";
    public static final String ERROR_INVALID = "DocumentInvalid";

    static final String DOCUMENT_ID = "documentId";
    static final String BATCH = "batch";

    static final String SENDER = "sender";
    static final String SUMMARY = "recipientSummary";
    static final String INVALID_REASON = "invalidReason";
    public static final String RECIPIENT = "recipient";

    private DocumentSendProcess(VariableScope scope) {
        super(scope);
    }

    public static DocumentSendProcess of(VariableScope scope) {
        return new DocumentSendProcess(scope);
    }

    public static String businessKey(long documentId) {
        return BUSINESS_KEY.of(documentId);
    }

    /** The batches of a send: {@code document-send-<id>-<batch>}. */
    public static String batchBusinessKeyPrefix(long documentId) {
        return businessKey(documentId) + "-";
    }

    /** The document of a batch's business key ({@link #batchBusinessKeyPrefix} and the batch); empty for any other key. */
    public static OptionalLong documentIdOfBatch(String businessKey) {
        int batch = businessKey == null
                ? -1
                : businessKey.indexOf('-', BUSINESS_KEY.prefix().length());
        return batch < 0 ? OptionalLong.empty() : BUSINESS_KEY.idOf(businessKey.substring(0, batch));
    }

    public static Map<String, Object> startVariables(long documentId, String sender, String title) {
        return Variables.putValue(DOCUMENT_ID, documentId)
                .putValue(SENDER, sender)
                .putValue(SUBJECT, title);
    }

    public long documentId() {
        return number(DOCUMENT_ID);
    }

    public String sender() {
        return text(SENDER);
    }

    /** In a batch of {@code document-send-batch}: which batch ("0", "1", …). */
    public String batch() {
        return text(BATCH);
    }

    public void setSummary(String summary) {
        set(SUMMARY, summary);
    }

    public void setInvalidReason(String reason) {
        set(INVALID_REASON, reason);
    }

    public String invalidReason() {
        return text(INVALID_REASON);
    }
}
