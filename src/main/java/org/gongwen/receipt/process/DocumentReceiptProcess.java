package org.gongwen.receipt.process;

import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.internal.Delivery;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/**
 * The {@code document-receipt} model: one instance per recipient (and version) of a sent document,
 * started by {@code document-send} with {@code documentId} and {@code recipient}
 * ("unitId:KIND:printQuota"), or by {@code document-reissue} with a higher {@code version}.
 */
public final class DocumentReceiptProcess extends ProcessFacade {

    public static final String KEY = "document-receipt";
    public static final String TASK_CREATE_DISTRIBUTION = "Task_CreateDistribution";
    public static final String TASK_NOTIFY_CLERKS = "Task_NotifyClerks";
    public static final String TASK_SIGN_FOR = "Task_SignFor";
    public static final String TASK_RECORD_SIGN_FOR = "Task_RecordSignFor";
    public static final String TASK_RECORD_RETURN = "Task_RecordReturn";
    public static final String TASK_REMIND_CLERKS = "Task_RemindClerks";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String TIMER_REMIND = "Timer_Remind";
    public static final String TIMER_OVERDUE = "Timer_Overdue";
    public static final String END_SIGNED_FOR = "EndEvent_SignedFor";
    public static final String END_RETURNED = "EndEvent_Returned";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_ESCALATED = "EndEvent_Escalated";
    public static final String END_SUPERSEDED = "EndEvent_Superseded";
    public static final String MESSAGE_SUPERSEDED = "receipt-superseded";
    private static final String BUSINESS_KEY_PREFIX = "distribution-";

    /** The sign-for form's choice. */
    public static final String DECISION = "decision";

    public static final String SIGN_FOR = "signFor";
    public static final String RETURN = "return";
    public static final String RETURN_REASON = "returnReason";

    static final String DOCUMENT_ID = "documentId";
    static final String RECIPIENT = "recipient";
    static final String VERSION = "version";
    static final String DISTRIBUTION_ID = "distributionId";
    static final String RECIPIENT_UNIT_CODE = "recipientUnitCode";

    static final String DOC_NUMBER = "docNumber";
    static final String SENDER_NAME = "senderName";
    static final String CHECKS_SUMMARY = "checksSummary";
    static final String SIGNED_BY = "signedBy";

    private DocumentReceiptProcess(VariableScope scope) {
        super(scope);
    }

    public static DocumentReceiptProcess of(VariableScope scope) {
        return new DocumentReceiptProcess(scope);
    }

    /** {@code distribution-<documentId>-<unitId>}: the same for every version of the recipient's copy. */
    public static String businessKey(long documentId, long unitId) {
        return ofDocument(documentId).of(unitId);
    }

    public static String businessKeyPrefix(long documentId) {
        return ofDocument(documentId).prefix();
    }

    /** The receipts of one document: {@code distribution-<documentId>-} and the unit. */
    private static BusinessKeyPrefix ofDocument(long documentId) {
        return new BusinessKeyPrefix(BUSINESS_KEY_PREFIX + documentId + "-");
    }

    /** The document of {@link #businessKey}; empty for any other key. */
    public static OptionalLong documentIdOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
            return OptionalLong.empty();
        }
        String rest = businessKey.substring(BUSINESS_KEY_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return OptionalLong.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The recipient unit of {@link #businessKey}; empty for any other key. */
    public static OptionalLong unitIdOf(String businessKey) {
        OptionalLong documentId = documentIdOf(businessKey);
        return documentId.isEmpty()
                ? OptionalLong.empty()
                : ofDocument(documentId.getAsLong()).idOf(businessKey);
    }

    /** What {@code document-send} passes in: the document and the recipient's {@link RecipientEntry#key()}. */
    public static Map<String, Object> startVariables(long documentId, RecipientEntry recipient) {
        return startVariables(documentId, recipient, 1);
    }

    /** A re-send (重发) starts the receipt again for a new version of the recipient's distribution. */
    public static Map<String, Object> startVariables(long documentId, RecipientEntry recipient, int version) {
        return Variables.putValue(DOCUMENT_ID, documentId)
                .putValue(RECIPIENT, recipient.key())
                .putValue(VERSION, version);
    }

    /** The sign-for form's values for signing for or returning, as the receipt service completes the task. */
    public static Map<String, Object> decision(String decision, String returnReason) {
        return Variables.putValue(DECISION, decision).putValue(RETURN_REASON, returnReason == null ? "" : returnReason);
    }

    public long documentId() {
        return number(DOCUMENT_ID);
    }

    public RecipientEntry recipient() {
        return RecipientEntry.ofKey(text(RECIPIENT));
    }

    public int version() {
        return has(VERSION) ? (int) number(VERSION) : 1;
    }

    public void setDelivery(Delivery delivery) {
        set(DISTRIBUTION_ID, delivery.distributionId());
        set(RECIPIENT_UNIT_CODE, delivery.unitCode());
        set(SUBJECT, delivery.documentTitle());
        set(DOC_NUMBER, delivery.docNumber());
        set(SENDER_NAME, delivery.senderName());
    }

    public long distributionId() {
        return number(DISTRIBUTION_ID);
    }

    public void setChecksSummary(String summary) {
        set(CHECKS_SUMMARY, summary);
    }

    public boolean returned() {
        return is(DECISION, RETURN);
    }

    public String returnReason() {
        return entered(RETURN_REASON);
    }

    public String signedBy() {
        return text(SIGNED_BY);
    }

    public void setSignedBy(String username) {
        set(SIGNED_BY, username);
    }
}
