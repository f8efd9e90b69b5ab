package org.gongwen.receipt.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;
import org.gongwen.shared.ProcessFacade.Decision;

/**
 * The {@code document-reissue} model (A10.2): a recipient asked the sender for a re-send or extra
 * copies; the sender's clerk or leader decides.
 */
public final class DocumentReissueProcess extends ProcessFacade {

    public static final String KEY = "document-reissue";
    public static final String TASK_NOTIFY_SENDER = "Task_NotifySender";
    public static final String TASK_DECIDE = "Task_Decide";
    public static final String TASK_RESEND = "Task_Resend";
    public static final String TASK_RAISE_QUOTA = "Task_RaiseQuota";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_RESENT = "EndEvent_Resent";
    public static final String END_QUOTA_RAISED = "EndEvent_QuotaRaised";
    public static final String END_REFUSED = "EndEvent_Refused";

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String REFUSE = "refuse";
    public static final String DECISION_REASON = "decisionReason";

    static final String REQUEST_ID = "requestId";
    static final String KIND = "kind";
    static final String SENDER_UNIT_CODE = "senderUnitCode";
    static final String DOCUMENT_TITLE = "documentTitle";

    static final String REQUEST_SUMMARY = "requestSummary";
    static final String DECIDED_BY = "decidedBy";

    /** {@code reissue-<requestId>} the business keys. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("reissue-");

    private DocumentReissueProcess(VariableScope scope) {
        super(scope);
    }

    public static DocumentReissueProcess of(VariableScope scope) {
        return new DocumentReissueProcess(scope);
    }

    public static String businessKey(long requestId) {
        return BUSINESS_KEY.of(requestId);
    }

    public static Map<String, Object> startVariables(
            long requestId, String kind, String senderUnitCode, String documentTitle, String requestSummary) {
        return Variables.putValue(REQUEST_ID, requestId)
                .putValue(KIND, kind)
                .putValue(SENDER_UNIT_CODE, senderUnitCode)
                .putValue(DOCUMENT_TITLE, documentTitle)
                .putValue(SUBJECT, documentTitle)
                .putValue(REQUEST_SUMMARY, requestSummary);
    }

    public long requestId() {
        return number(REQUEST_ID);
    }

    /** The sender's approval or refusal, with the reason a refusal must have. */
    public Decision decision() {
        return decision(DECISION, APPROVE, DECISION_REASON, DECIDED_BY);
    }
}
