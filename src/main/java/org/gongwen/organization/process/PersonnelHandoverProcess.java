package org.gongwen.organization.process;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.organization.Role;
import org.gongwen.shared.ProcessVariables;

/** The {@code personnel-handover} model: its key, the ids code refers to, typed variables. */
public final class PersonnelHandoverProcess {

    public static final String KEY = "personnel-handover";
    public static final String TASK_LIST_DUTIES = "Task_ListDuties";
    public static final String TASK_CONFIRM = "Task_ConfirmHandover";
    public static final String TASK_RESOLVE_DECLINE = "Task_ResolveDecline";
    public static final String TASK_MOVE_ROLES = "Task_MoveRoles";
    public static final String TASK_NOTIFY = "Task_NotifyCountyOffice";
    public static final String END_HANDED_OVER = "EndEvent_HandedOver";
    public static final String END_CANCELLED = "EndEvent_Cancelled";

    static final String UNIT_ID = "unitId";
    static final String UNIT_NAME = "unitName";
    static final String OUTGOING = "outgoing";
    static final String OUTGOING_NAME = "outgoingName";
    /** What the instance is about in the user's words, for the task inbox (the workflow's {@code subject}). */
    static final String SUBJECT = "subject";

    static final String SUCCESSOR = "successor";
    static final String SUCCESSOR_NAME = "successorName";
    static final String ROLES = "roles";
    static final String ROLES_LABEL = "rolesLabel";
    static final String REASSIGNED_TASKS = "reassignedTasks";
    public static final String ACCEPTED = "accepted";
    public static final String DECISION = "decision";

    private final VariableScope scope;

    private PersonnelHandoverProcess(VariableScope scope) {
        this.scope = scope;
    }

    /** {@code handover-<username>}: one running handover per outgoing person. */
    public static String businessKey(String outgoingUsername) {
        return "handover-" + outgoingUsername;
    }

    public static PersonnelHandoverProcess of(VariableScope scope) {
        return new PersonnelHandoverProcess(scope);
    }

    /** Start variables; process variables hold ids, names and flags only. */
    public static Map<String, Object> startVariables(
            long unitId,
            String unitName,
            String outgoing,
            String outgoingName,
            String successor,
            String successorName,
            Set<Role> roles,
            String rolesLabel,
            String subject) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(UNIT_ID, unitId);
        vars.put(UNIT_NAME, unitName);
        vars.put(OUTGOING, outgoing);
        vars.put(OUTGOING_NAME, outgoingName);
        vars.put(SUCCESSOR, successor);
        vars.put(SUCCESSOR_NAME, successorName);
        vars.put(ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        vars.put(ROLES_LABEL, rolesLabel);
        vars.put(SUBJECT, subject);
        return vars;
    }

    public long unitId() {
        return ProcessVariables.longValue(scope, UNIT_ID);
    }

    public String unitName() {
        return (String) scope.getVariable(UNIT_NAME);
    }

    public String outgoing() {
        return (String) scope.getVariable(OUTGOING);
    }

    public String outgoingName() {
        return (String) scope.getVariable(OUTGOING_NAME);
    }

    public String successor() {
        return (String) scope.getVariable(SUCCESSOR);
    }

    public String successorName() {
        return (String) scope.getVariable(SUCCESSOR_NAME);
    }

    public String rolesLabel() {
        return (String) scope.getVariable(ROLES_LABEL);
    }

    public Set<Role> roles() {
        String value = (String) scope.getVariable(ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public void setReassignedTasks(long count) {
        scope.setVariable(REASSIGNED_TASKS, count);
    }

    public long reassignedTasks() {
        Object value = scope.getVariable(REASSIGNED_TASKS);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
