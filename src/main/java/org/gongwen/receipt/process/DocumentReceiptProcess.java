package org.gongwen.receipt.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.document.RecipientEntry;
import org.gongwen.receipt.Delivery;

/**
 * The {@code document-receipt} model: one instance per recipient of a sent document, started by
 * {@code document-send} with {@code documentId} and {@code recipient} ("unitId:KIND:printQuota").
 */
public final class DocumentReceiptProcess {

    public static final String KEY = "document-receipt";
    public static final String TASK_CREATE_DISTRIBUTION = "Task_CreateDistribution";
    public static final String TASK_NOTIFY_CLERKS = "Task_NotifyClerks";
    public static final String TASK_SIGN_FOR = "Task_SignFor";
    public static final String TASK_RECORD_SIGN_FOR = "Task_RecordSignFor";
    public static final String END_SIGNED_FOR = "EndEvent_SignedFor";

    static final String DOCUMENT_ID = "documentId";
    static final String RECIPIENT = "recipient";
    static final String DISTRIBUTION_ID = "distributionId";
    static final String RECIPIENT_UNIT_CODE = "recipientUnitCode";
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String DOC_NUMBER = "docNumber";
    static final String SIGNED_BY = "signedBy";
    public static final String SIGNED_FOR = "signedFor";

    private final VariableScope scope;

    private DocumentReceiptProcess(VariableScope scope) {
        this.scope = scope;
    }

    public static DocumentReceiptProcess of(VariableScope scope) {
        return new DocumentReceiptProcess(scope);
    }

    public static String businessKey(long documentId, long unitId) {
        return "distribution-" + documentId + "-" + unitId;
    }

    /** What {@code document-send} passes in: the document and the recipient's {@link RecipientEntry#key()}. */
    public static Map<String, Object> startVariables(long documentId, RecipientEntry recipient) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(DOCUMENT_ID, documentId);
        vars.put(RECIPIENT, recipient.key());
        return vars;
    }

    public long documentId() {
        return ((Number) scope.getVariable(DOCUMENT_ID)).longValue();
    }

    public RecipientEntry recipient() {
        return RecipientEntry.ofKey((String) scope.getVariable(RECIPIENT));
    }

    public void setDelivery(Delivery delivery) {
        scope.setVariable(DISTRIBUTION_ID, delivery.distributionId());
        scope.setVariable(RECIPIENT_UNIT_CODE, delivery.unitCode());
        scope.setVariable(DOCUMENT_TITLE, delivery.documentTitle());
        scope.setVariable(DOC_NUMBER, delivery.docNumber());
    }

    public long distributionId() {
        return ((Number) scope.getVariable(DISTRIBUTION_ID)).longValue();
    }

    public String signedBy() {
        return (String) scope.getVariable(SIGNED_BY);
    }

    public void setSignedBy(String username) {
        scope.setVariable(SIGNED_BY, username);
    }
}
