package org.gongwen.organization.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.organization.Role;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code personnel-handover} (A32), with the delegates mocked. */
@Deployment(
        resources = {
            "bpmn/personnel-handover.bpmn",
            "forms/handover-duties.form",
            "forms/handover-confirm.form",
            "forms/handover-decline.form"
        })
class PersonnelHandoverProcessTests {

    private static ProcessEngine ENGINE = ProcessTestEngine.inMemory("personnel-handover-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        // several engines live in one test JVM: bind the assertions to this one
        BpmnAwareTests.init(ENGINE);
        Mocks.register("moveRolesDelegate", (JavaDelegate) execution -> {
            calls.add("move " + PersonnelHandoverProcess.of(execution).roles());
            PersonnelHandoverProcess.of(execution).setReassignedTasks(2);
        });
        Mocks.register("notifyCountyOfficeDelegate", (JavaDelegate) execution -> calls.add("notify"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        ENGINE.getIdentityService().setAuthenticatedUserId("z01.leader");
        try {
            return runtimeService()
                    .startProcessInstanceByKey(
                            PersonnelHandoverProcess.KEY,
                            "handover-z01.clerk",
                            PersonnelHandoverProcess.startVariables(
                                    4L,
                                    "城关镇人民政府",
                                    "z01.clerk",
                                    "林丽",
                                    "z01.tech",
                                    "王伟",
                                    EnumSet.of(Role.CLERK),
                                    "收发员",
                                    "林丽 → 王伟 工作交接"));
        } finally {
            ENGINE.getIdentityService().clearAuthentication();
        }
    }

    private void listDuties(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(PersonnelHandoverProcess.TASK_LIST_DUTIES);
        assertThat(task()).isAssignedTo("z01.clerk").hasFormKey(null);
        complete(task(), withVariables("duties", "收发公文", "openItems", "无", "listComplete", true));
    }

    @Test
    void a32_acceptedHandoverMovesRolesAndNotifiesCountyOffice() {
        ProcessInstance instance = start();
        listDuties(instance);
        assertThat(instance).isWaitingAt(PersonnelHandoverProcess.TASK_CONFIRM);
        assertThat(task()).isAssignedTo("z01.tech");
        complete(task(), withVariables(PersonnelHandoverProcess.ACCEPTED, "yes"));

        // roles move in an asynchronous step, so a failure there becomes a retried job, not a lost handover
        assertThat(instance).isWaitingAt(PersonnelHandoverProcess.TASK_MOVE_ROLES);
        assertThat(calls).isEmpty();
        execute(job());

        assertThat(instance)
                .hasPassedInOrder(
                        PersonnelHandoverProcess.TASK_LIST_DUTIES,
                        PersonnelHandoverProcess.TASK_CONFIRM,
                        PersonnelHandoverProcess.TASK_MOVE_ROLES,
                        PersonnelHandoverProcess.TASK_NOTIFY,
                        PersonnelHandoverProcess.END_HANDED_OVER)
                .isEnded();
        assertThat(calls).containsExactly("move [CLERK]", "notify");
    }

    @Test
    void a32_declinedHandoverCanBeCancelledByTheLeader() {
        ProcessInstance instance = start();
        listDuties(instance);
        complete(task(), withVariables(PersonnelHandoverProcess.ACCEPTED, "no", "successorComment", "职责不清"));

        assertThat(instance).isWaitingAt(PersonnelHandoverProcess.TASK_RESOLVE_DECLINE);
        assertThat(task()).isAssignedTo("z01.leader");
        complete(task(), withVariables(PersonnelHandoverProcess.DECISION, "cancel"));

        assertThat(instance)
                .hasPassed(PersonnelHandoverProcess.END_CANCELLED)
                .hasNotPassed(PersonnelHandoverProcess.TASK_MOVE_ROLES)
                .isEnded();
        assertThat(calls).isEmpty();
    }

    @Test
    void a32_declinedHandoverGoesBackForRevisionAndThenCompletes() {
        ProcessInstance instance = start();
        listDuties(instance);
        complete(task(), withVariables(PersonnelHandoverProcess.ACCEPTED, "no", "successorComment", "请补充未办事项"));
        complete(task(), withVariables(PersonnelHandoverProcess.DECISION, "revise"));

        assertThat(instance).isWaitingAt(PersonnelHandoverProcess.TASK_LIST_DUTIES);
        assertThat(task()).isAssignedTo("z01.clerk");
        listDuties(instance);
        complete(task(), withVariables(PersonnelHandoverProcess.ACCEPTED, "yes"));
        execute(job());

        assertThat(instance).hasPassed(PersonnelHandoverProcess.END_HANDED_OVER).isEnded();
        assertThat(calls).containsExactly("move [CLERK]", "notify");
    }

    @Test
    void handoverTasksAreDueInThreeDays() {
        ProcessInstance instance = start();
        Instant due = task(instance).getDueDate().toInstant();
        assertThat(Duration.between(Instant.now(), due))
                .isBetween(
                        Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3).plusMinutes(5));
    }
}
