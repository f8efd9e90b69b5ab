package org.gongwen.supervision.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;
import org.gongwen.shared.ProcessFacade.Decision;

/**
 * The {@code receipt-inspection} model (A16): started by its timer or by hand, builds the report,
 * the county office reviews it (publish, or revise with a note, which rebuilds), then publishes.
 */
public final class ReceiptInspectionProcess extends ProcessFacade {

    public static final String KEY = "receipt-inspection";
    /** The business keys: {@code inspection-<reportId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("inspection-");

    public static final String START_TIMER = "StartEvent_Timer";
    public static final String START_MANUAL = "StartEvent_Manual";
    /** The message that starts an inspection by hand (a timer start allows no none start beside it). */
    public static final String MESSAGE_REQUESTED = "receipt-inspection-requested";

    public static final String TASK_BUILD = "Task_BuildReport";
    public static final String TASK_REVIEW = "Task_Review";
    public static final String TASK_PUBLISH = "Task_Publish";
    public static final String END_PUBLISHED = "EndEvent_Published";

    public static final String DECISION = "decision";
    public static final String PUBLISH = "publish";
    public static final String REVISE = "revise";
    public static final String NOTE = "note";

    static final String REPORT_ID = "reportId";
    static final String REPORT_TITLE = "reportTitle";

    static final String REVIEWED_BY = "reviewedBy";

    private ReceiptInspectionProcess(VariableScope scope) {
        super(scope);
    }

    public static ReceiptInspectionProcess of(VariableScope scope) {
        return new ReceiptInspectionProcess(scope);
    }

    public static String businessKey(long reportId) {
        return BUSINESS_KEY.of(reportId);
    }

    public static Map<String, Object> startVariables(long reportId) {
        return Map.of(REPORT_ID, reportId);
    }

    /** The report's id; null in an instance its timer started, until the report is made. */
    public Long reportId() {
        return has(REPORT_ID) ? number(REPORT_ID) : null;
    }

    public void setReport(long reportId, String title) {
        set(REPORT_ID, reportId);
        set(REPORT_TITLE, title);
        set(SUBJECT, title);
    }

    /** The county office's review: publish, or revise with the note saying what to change. */
    public Decision review() {
        return decision(DECISION, PUBLISH, NOTE, REVIEWED_BY);
    }
}
