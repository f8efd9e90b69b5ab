package org.gongwen.workflow.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.internal.HandoverService;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.workflow.internal.TaskFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The task inbox and a task's Camunda Form in the UI. */
class TaskViewsTests extends KaribuTest {

    @Autowired
    HandoverService handovers;

    @Autowired
    OrganizationService organization;

    @Autowired
    TaskService taskService;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    private Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /** A unit of the test's own, whose clerk hands over to its technician: the clerk's inbox holds only this. */
    private String unitHandingOver() {
        String code = OwnUnits.freshCode("TV");
        new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县待办测试局" + code, Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        String unit = code.toLowerCase(java.util.Locale.ROOT);
        login(unit + ".leader");
        handovers.start(
                organization.personByUsername(unit + ".clerk").orElseThrow().id(),
                organization.personByUsername(unit + ".tech").orElseThrow().id(),
                EnumSet.of(Role.CLERK));
        return unit;
    }

    @Test
    void theInboxListsFiltersAndCountsTasks() {
        String unit = unitHandingOver();
        Task overdue = taskService.newTask();
        overdue.setName("逾期的签收");
        overdue.setDueDate(new java.util.Date(System.currentTimeMillis() - 86_400_000L));
        taskService.saveTask(overdue);
        taskService.addCandidateGroup(overdue.getId(), Role.CLERK.groupIn(unit.toUpperCase(java.util.Locale.ROOT)));

        login(unit + ".clerk");
        UI.getCurrent().navigate(TaskInboxView.class);
        TaskInboxView inbox = (TaskInboxView) currentView();
        assertThat(_size(inbox.grid)).isEqualTo(2);
        assertThat(inbox.counts.getText()).contains("共 2 项").contains("逾期 1 项");

        inbox.overdue.setValue(true);
        assertThat(_size(inbox.grid)).isEqualTo(1);
        assertThat(_get(inbox.grid, 0).name()).isEqualTo("逾期的签收");
        assertThat(_get(inbox.grid, 0).overdue()).isTrue();

        inbox.overdue.setValue(false);
        inbox.scope.setValue(TaskFilter.Scope.MINE);
        assertThat(_size(inbox.grid)).isEqualTo(1);
        assertThat(_get(inbox.grid, 0).name()).isEqualTo("列出职责与未办事项");

        inbox.scope.setValue(TaskFilter.Scope.UNCLAIMED);
        inbox.process.setValue(inbox.process
                .getListDataView()
                .getItems()
                .filter(p -> "personnel-handover".equals(p.key()))
                .findFirst()
                .orElseThrow());
        assertThat(_size(inbox.grid)).isZero();
        taskService.deleteTask(overdue.getId(), true);
    }

    @Test
    void aTaskFormShowsValidationErrorsAndCompletes() {
        String unit = unitHandingOver();
        login(unit + ".clerk");
        UI.getCurrent().navigate(TaskInboxView.class);
        TaskInboxView inbox = (TaskInboxView) currentView();
        inbox.open(_get(inbox.grid, 0));

        TaskView view = (TaskView) currentView();
        TextArea duties = (TextArea) view.form.field("duties").orElseThrow();
        Checkbox complete = (Checkbox) view.form.field("listComplete").orElseThrow();
        view.complete.click();
        assertThat(duties.isInvalid()).isTrue();
        assertThat(duties.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(complete.isInvalid()).isTrue();

        duties.setValue("收发文登记");
        ((TextArea) view.form.field("openItems").orElseThrow()).setValue("无");
        complete.setValue(true);
        view.complete.click();

        assertThat(currentView()).isInstanceOf(TaskInboxView.class);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey("handover-" + unit + ".clerk")
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("Task_ConfirmHandover");
    }
}
