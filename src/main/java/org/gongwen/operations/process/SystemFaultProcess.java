package org.gongwen.operations.process;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.shared.BusinessKeys;
import org.gongwen.shared.ProcessVariables;

/** The {@code system-fault} model (A31): its key, the ids code refers to, typed variables. */
public final class SystemFaultProcess {

    public static final String KEY = "system-fault";
    private static final String BUSINESS_KEY_PREFIX = "incident-";
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
    /** What the instance is about in the user's words, for the task inbox (the workflow's {@code subject}). */
    static final String SUBJECT = "subject";

    /** When the fault must be restored: the restore timer's date and every handling round's due date. */
    static final String RESTORE_BY = "restoreBy";

    static final String SINCE_LABEL = "sinceLabel";
    static final String IMPACT = "impact";
    static final String HANDLED_BY = "handledBy";
    public static final String DIAGNOSIS = "diagnosis";
    public static final String ACTIONS = "actions";
    public static final String RESTORED = "restored";
    public static final String NOTES = "notes";

    private final VariableScope scope;

    private SystemFaultProcess(VariableScope scope) {
        this.scope = scope;
    }

    public static SystemFaultProcess of(VariableScope scope) {
        return new SystemFaultProcess(scope);
    }

    public static String businessKey(long incidentId) {
        return BUSINESS_KEY_PREFIX + incidentId;
    }

    /** The incident of {@link #businessKey}; empty for any other key. */
    public static OptionalLong incidentIdOf(String businessKey) {
        return BusinessKeys.idAfter(BUSINESS_KEY_PREFIX, businessKey);
    }

    public static Map<String, Object> startVariables(
            long incidentId, String unitName, String what, String sinceLabel, String impact) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(INCIDENT_ID, incidentId);
        vars.put(UNIT_NAME, unitName);
        vars.put(WHAT, what);
        vars.put(SUBJECT, unitName + "：" + what);
        vars.put(SINCE_LABEL, sinceLabel);
        vars.put(IMPACT, impact);
        return vars;
    }

    /** What the information centre enters in the handling form. */
    public static Map<String, Object> handling(String diagnosis, String actions, boolean restored, String notes) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(DIAGNOSIS, diagnosis);
        vars.put(ACTIONS, actions);
        vars.put(RESTORED, restored ? "yes" : "no");
        vars.put(NOTES, notes);
        return vars;
    }

    public long incidentId() {
        return ProcessVariables.longValue(scope, INCIDENT_ID);
    }

    public void setRestoreBy(Date restoreBy) {
        scope.setVariable(RESTORE_BY, restoreBy);
    }

    public String handledBy() {
        return (String) scope.getVariable(HANDLED_BY);
    }

    public void setHandledBy(String username) {
        scope.setVariable(HANDLED_BY, username);
    }

    public String diagnosis() {
        return text(DIAGNOSIS);
    }

    public String actions() {
        return text(ACTIONS);
    }

    public String notes() {
        return text(NOTES);
    }

    private String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString().trim();
    }
}
