package org.gongwen.organization.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.springframework.stereotype.Component;

/**
 * Moves the handed-over roles to the successor and gives the successor the outgoing person's
 * open tasks (A32). The phone list is drawn from people's roles, so it follows at once.
 */
@Component("moveRolesDelegate")
class MoveRolesDelegate implements JavaDelegate {

    private final OrganizationService organization;
    private final TaskService tasks;

    MoveRolesDelegate(OrganizationService organization, TaskService tasks) {
        this.organization = organization;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PersonnelHandoverProcess handover = PersonnelHandoverProcess.of(execution);
        PersonInfo outgoing = organization
                .personByUsername(handover.outgoing())
                .orElseThrow(() -> new BpmnError("PersonGone", handover.outgoing()));
        PersonInfo successor = organization
                .personByUsername(handover.successor())
                .orElseThrow(() -> new BpmnError("PersonGone", handover.successor()));
        organization.moveRoles(outgoing.id(), successor.id(), handover.roles());
        long moved = 0;
        for (Task task :
                tasks.createTaskQuery().taskAssignee(outgoing.username()).list()) {
            tasks.setAssignee(task.getId(), successor.username());
            moved++;
        }
        handover.setReassignedTasks(moved);
    }
}
