package org.gongwen.receipt.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.shared.BusinessKeyPrefix;

/**
 * The {@code receipt-deletion} model (A9.2): a clerk asks, the unit's leader in charge decides, giving
 * the reason in {@code comment}.
 */
public final class ReceiptDeletionProcess extends DecidedRequestProcess {

    public static final String KEY = "receipt-deletion";
    public static final String TASK_APPROVE = "Task_ApproveDeletion";
    public static final String TASK_DELETE = "Task_Delete";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_DELETED = "EndEvent_Deleted";
    public static final String END_REFUSED = "EndEvent_Refused";

    public static final String COMMENT = "comment";

    static final String UNIT_CODE = "unitCode";
    static final String REASON = "reason";
    static final String REQUESTED_BY = "requestedBy";

    /** The business keys: {@code deletion-<requestId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("deletion-");

    private ReceiptDeletionProcess(VariableScope scope) {
        super(scope, COMMENT);
    }

    public static ReceiptDeletionProcess of(VariableScope scope) {
        return new ReceiptDeletionProcess(scope);
    }

    public static String businessKey(long requestId) {
        return BUSINESS_KEY.of(requestId);
    }

    public static Map<String, Object> startVariables(
            long requestId, String unitCode, String documentTitle, String reason, String requestedBy) {
        return requestVariables(requestId, documentTitle)
                .putValue(UNIT_CODE, unitCode)
                .putValue(REASON, reason)
                .putValue(REQUESTED_BY, requestedBy);
    }
}
