package org.gongwen.operations.process;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/** The {@code system-fault} model (A31): its key, the ids code refers to, typed variables. */
public final class SystemFaultProcess extends ProcessFacade {

    public static final String KEY = "system-fault";
    /** The business keys: {@code incident-<incidentId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("incident-");

    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String TASK_HANDLE = "Task_HandleFault";
    public static final String TASK_RECORD_HANDLING = "Task_RecordHandling";
    public static final String TIMER_RESTORE_DEADLINE = "Timer_RestoreDeadline";
    public static final String TASK_SWITCH_TO_PAPER = "Task_SwitchToPaper";
    public static final String END_PAPER_ORDERED = "EndEvent_PaperOrdered";
    public static final String TASK_RECORD_RESTORED = "Task_RecordRestored";
    public static final String END_RESTORED = "EndEvent_Restored";

    static final String INCIDENT_ID = "incidentId";
    static final String UNIT_NAME = "unitName";
    static final String WHAT = "what";

    /** When the fault must be restored: the restore timer's date and every handling round's due date. */
    static final String RESTORE_BY = "restoreBy";

    static final String SINCE_LABEL = "sinceLabel";
    static final String IMPACT = "impact";
    static final String HANDLED_BY = "handledBy";
    public static final String DIAGNOSIS = "diagnosis";
    public static final String ACTIONS = "actions";
    public static final String RESTORED = "restored";
    public static final String NOTES = "notes";

    private SystemFaultProcess(VariableScope scope) {
        super(scope);
    }

    public static SystemFaultProcess of(VariableScope scope) {
        return new SystemFaultProcess(scope);
    }

    public static String businessKey(long incidentId) {
        return BUSINESS_KEY.of(incidentId);
    }

    public static Map<String, Object> startVariables(
            long incidentId, String unitName, String what, String sinceLabel, String impact) {
        return Variables.putValue(INCIDENT_ID, incidentId)
                .putValue(UNIT_NAME, unitName)
                .putValue(WHAT, what)
                .putValue(SUBJECT, unitName + "：" + what)
                .putValue(SINCE_LABEL, sinceLabel)
                .putValue(IMPACT, impact);
    }

    /** What the information centre enters in the handling form. */
    public static Map<String, Object> handling(String diagnosis, String actions, boolean restored, String notes) {
        return Variables.putValue(DIAGNOSIS, diagnosis)
                .putValue(ACTIONS, actions)
                .putValue(RESTORED, restored ? "yes" : "no")
                .putValue(NOTES, notes);
    }

    public long incidentId() {
        return number(INCIDENT_ID);
    }

    public void setRestoreBy(Date restoreBy) {
        set(RESTORE_BY, restoreBy);
    }

    public String handledBy() {
        return text(HANDLED_BY);
    }

    public void setHandledBy(String username) {
        set(HANDLED_BY, username);
    }

    public String diagnosis() {
        return entered(DIAGNOSIS);
    }

    public String actions() {
        return entered(ACTIONS);
    }

    public String notes() {
        return entered(NOTES);
    }
}
