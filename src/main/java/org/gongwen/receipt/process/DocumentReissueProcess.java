package org.gongwen.receipt.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.shared.BusinessKeyPrefix;

/**
 * The {@code document-reissue} model (A10.2): a recipient asked the sender for a re-send or extra
 * copies; the sender's clerk or leader decides, giving the reason in {@code decisionReason}.
 */
public final class DocumentReissueProcess extends DecidedRequestProcess {

    public static final String KEY = "document-reissue";
    public static final String TASK_NOTIFY_SENDER = "Task_NotifySender";
    public static final String TASK_DECIDE = "Task_Decide";
    public static final String TASK_RESEND = "Task_Resend";
    public static final String TASK_RAISE_QUOTA = "Task_RaiseQuota";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_RESENT = "EndEvent_Resent";
    public static final String END_QUOTA_RAISED = "EndEvent_QuotaRaised";
    public static final String END_REFUSED = "EndEvent_Refused";

    public static final String DECISION_REASON = "decisionReason";

    static final String KIND = "kind";
    static final String SENDER_UNIT_CODE = "senderUnitCode";
    static final String REQUEST_SUMMARY = "requestSummary";

    /** The business keys: {@code reissue-<requestId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("reissue-");

    private DocumentReissueProcess(VariableScope scope) {
        super(scope, DECISION_REASON);
    }

    public static DocumentReissueProcess of(VariableScope scope) {
        return new DocumentReissueProcess(scope);
    }

    public static String businessKey(long requestId) {
        return BUSINESS_KEY.of(requestId);
    }

    public static Map<String, Object> startVariables(
            long requestId, String kind, String senderUnitCode, String documentTitle, String requestSummary) {
        return requestVariables(requestId, documentTitle)
                .putValue(KIND, kind)
                .putValue(SENDER_UNIT_CODE, senderUnitCode)
                .putValue(REQUEST_SUMMARY, requestSummary);
    }
}
