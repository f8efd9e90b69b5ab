package org.gongwen.document.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/** The {@code document-approval} model: its key, the ids code refers to, typed variables. */
public final class DocumentApprovalProcess extends ProcessFacade {

    public static final String KEY = "document-approval";
    /** The business keys: {@code document-<documentId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("document-");

    public static final String TASK_LEADER = "Task_LeaderApprove";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_COUNTY_REVIEW = "Task_CountyReview";
    public static final String TASK_STAMP = "Task_Stamp";
    public static final String TASK_SIGN = "Task_SignLayout";
    public static final String END_SENT = "EndEvent_HandedToSend";
    public static final String END_RETURNED_BY_COUNTY = "EndEvent_ReturnedByCounty";

    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String COUNTY_DECISION = "countyDecision";
    public static final String COUNTY_REASON = "countyReason";
    static final String DOCUMENT_ID = "documentId";
    static final String UNIT_CODE = "unitCode";
    static final String ISSUER_CODE = "issuerCode";
    static final String COUNTY_LEVEL = "countyLevel";
    static final String TITLE = "title";

    static final String KIND = "kindLabel";
    static final String INITIATOR = "initiator";
    static final String STAMPED_BY = "stampedBy";

    private DocumentApprovalProcess(VariableScope scope) {
        super(scope);
    }

    public static DocumentApprovalProcess of(VariableScope scope) {
        return new DocumentApprovalProcess(scope);
    }

    public static String businessKey(long documentId) {
        return BUSINESS_KEY.of(documentId);
    }

    public static Map<String, Object> startVariables(
            long documentId, String unitCode, String issuerCode, boolean countyLevel, String title, String kindLabel) {
        return Variables.putValue(DOCUMENT_ID, documentId)
                .putValue(UNIT_CODE, unitCode)
                .putValue(ISSUER_CODE, issuerCode)
                .putValue(COUNTY_LEVEL, countyLevel)
                .putValue(TITLE, title)
                .putValue(SUBJECT, title)
                .putValue(KIND, kindLabel);
    }

    public long documentId() {
        return number(DOCUMENT_ID);
    }

    public String title() {
        return text(TITLE);
    }

    public String initiator() {
        return text(INITIATOR);
    }

    public String comment() {
        return text(COMMENT);
    }

    public String countyReason() {
        return text(COUNTY_REASON);
    }

    public String stampedBy() {
        return text(STAMPED_BY);
    }

    public void setStampedBy(String username) {
        set(STAMPED_BY, username);
    }
}
