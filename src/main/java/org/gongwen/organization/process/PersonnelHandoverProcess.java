package org.gongwen.organization.process;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.organization.Role;
import org.gongwen.shared.ProcessFacade;

/** The {@code personnel-handover} model: its key, the ids code refers to, typed variables. */
public final class PersonnelHandoverProcess extends ProcessFacade {

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

    static final String SUCCESSOR = "successor";
    static final String SUCCESSOR_NAME = "successorName";
    static final String ROLES = "roles";
    static final String ROLES_LABEL = "rolesLabel";
    static final String REASSIGNED_TASKS = "reassignedTasks";
    public static final String ACCEPTED = "accepted";
    public static final String DECISION = "decision";

    private PersonnelHandoverProcess(VariableScope scope) {
        super(scope);
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
        return Variables.putValue(UNIT_ID, unitId)
                .putValue(UNIT_NAME, unitName)
                .putValue(OUTGOING, outgoing)
                .putValue(OUTGOING_NAME, outgoingName)
                .putValue(SUCCESSOR, successor)
                .putValue(SUCCESSOR_NAME, successorName)
                .putValue(ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .putValue(ROLES_LABEL, rolesLabel)
                .putValue(SUBJECT, subject);
    }

    public long unitId() {
        return number(UNIT_ID);
    }

    public String unitName() {
        return text(UNIT_NAME);
    }

    public String outgoing() {
        return text(OUTGOING);
    }

    public String outgoingName() {
        return text(OUTGOING_NAME);
    }

    public String successor() {
        return text(SUCCESSOR);
    }

    public String successorName() {
        return text(SUCCESSOR_NAME);
    }

    public String rolesLabel() {
        return text(ROLES_LABEL);
    }

    public Set<Role> roles() {
        String value = text(ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public void setReassignedTasks(long count) {
        set(REASSIGNED_TASKS, count);
    }

    public long reassignedTasks() {
        return has(REASSIGNED_TASKS) ? number(REASSIGNED_TASKS) : 0;
    }
}
