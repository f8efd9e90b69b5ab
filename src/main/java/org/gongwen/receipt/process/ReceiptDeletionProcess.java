package org.gongwen.receipt.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;
import org.gongwen.shared.ProcessFacade.Decision;

/** The {@code receipt-deletion} model (A9.2): a clerk asks, the unit's leader in charge decides. */
public final class ReceiptDeletionProcess extends ProcessFacade {

    public static final String KEY = "receipt-deletion";
    public static final String TASK_APPROVE = "Task_ApproveDeletion";
    public static final String TASK_DELETE = "Task_Delete";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_DELETED = "EndEvent_Deleted";
    public static final String END_REFUSED = "EndEvent_Refused";

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String REFUSE = "refuse";
    public static final String COMMENT = "comment";

    static final String REQUEST_ID = "requestId";
    static final String UNIT_CODE = "unitCode";
    static final String DOCUMENT_TITLE = "documentTitle";

    static final String REASON = "reason";
    static final String REQUESTED_BY = "requestedBy";
    static final String DECIDED_BY = "decidedBy";

    /** {@code deletion-<requestId>} the business keys. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("deletion-");

    private ReceiptDeletionProcess(VariableScope scope) {
        super(scope);
    }

    public static ReceiptDeletionProcess of(VariableScope scope) {
        return new ReceiptDeletionProcess(scope);
    }

    public static String businessKey(long requestId) {
        return BUSINESS_KEY.of(requestId);
    }

    public static Map<String, Object> startVariables(
            long requestId, String unitCode, String documentTitle, String reason, String requestedBy) {
        return Variables.putValue(REQUEST_ID, requestId)
                .putValue(UNIT_CODE, unitCode)
                .putValue(DOCUMENT_TITLE, documentTitle)
                .putValue(SUBJECT, documentTitle)
                .putValue(REASON, reason)
                .putValue(REQUESTED_BY, requestedBy);
    }

    public long requestId() {
        return number(REQUEST_ID);
    }

    /** The leader's approval or refusal, with the comment a refusal must have. */
    public Decision decision() {
        return decision(DECISION, APPROVE, COMMENT, DECIDED_BY);
    }
}
