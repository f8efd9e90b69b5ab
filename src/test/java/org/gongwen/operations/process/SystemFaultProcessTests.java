package org.gongwen.operations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.operations.internal.FaultProperties;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code system-fault} (A31), with the delegates mocked and the restore timer on the engine clock. */
@Deployment(resources = {"bpmn/system-fault.bpmn", "forms/system-fault-report.form", "forms/system-fault-handle.form"})
class SystemFaultProcessTests {

    private static final Instant REPORTED = Instant.parse("2026-11-23T01:00:00Z");

    private static ProcessEngine engine = ProcessTestEngine.inMemory("system-fault-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(REPORTED));
        Mocks.register(
                "recordRestoreByListener",
                new RecordRestoreByListener(new FaultDeadlines(new FaultProperties(Duration.ofHours(4)))));
        Mocks.register("recordHandlerListener", new RecordHandlerListener());
        Mocks.register("recordHandlingDelegate", (JavaDelegate) execution -> {
            SystemFaultProcess fault = SystemFaultProcess.of(execution);
            calls.add("handled " + fault.incidentId() + " by " + fault.handledBy() + ": " + fault.diagnosis());
        });
        Mocks.register("switchToPaperDelegate", (JavaDelegate) execution ->
                calls.add("paper " + SystemFaultProcess.of(execution).incidentId()));
        Mocks.register("recordRestoredDelegate", (JavaDelegate) execution -> {
            SystemFaultProcess fault = SystemFaultProcess.of(execution);
            calls.add("restored " + fault.incidentId() + " by " + fault.handledBy() + ": " + fault.notes());
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthenticatedUserId("z01.tech");
        try {
            return runtimeService()
                    .startProcessInstanceByKey(
                            SystemFaultProcess.KEY,
                            SystemFaultProcess.businessKey(7),
                            SystemFaultProcess.startVariables(7, "城关镇人民政府", "收文箱打不开", "2026-11-23 08:50", "本镇收文"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void handle(ProcessInstance instance, boolean restored, String diagnosis, String notes) {
        claim(task(instance), "xxzx.staff");
        complete(task(instance), SystemFaultProcess.handling(diagnosis, "重启服务", restored, notes));
    }

    @Test
    void a31_restoredInTimeEndsWithoutPaperTransmission() {
        ProcessInstance instance = start();

        assertThat(instance)
                .isWaitingAt(SystemFaultProcess.TASK_HANDLE)
                .variables()
                .containsEntry("reporter", "z01.tech")
                .containsEntry("what", "收文箱打不开");
        assertThat(task(instance)).hasCandidateGroup("INFO_CENTER").hasName("处置系统故障");
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(4))));
        assertThat(task(instance).getDueDate()).isEqualTo(job(instance).getDuedate());

        handle(instance, true, "数据库连接池耗尽", "已扩容连接池");

        assertThat(instance)
                .hasPassed(SystemFaultProcess.TASK_RECORD_HANDLING, SystemFaultProcess.TASK_RECORD_RESTORED)
                .hasNotPassed(SystemFaultProcess.TASK_SWITCH_TO_PAPER)
                .isEnded();
        assertThat(calls).containsExactly("handled 7 by xxzx.staff: 数据库连接池耗尽", "restored 7 by xxzx.staff: 已扩容连接池");
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void a31_notRestoredWithinTheDeadlineSwitchesToPaperUntilRestored() {
        ProcessInstance instance = start();

        ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(4)).plusSeconds(1)));
        execute(job(instance));

        assertThat(instance)
                .hasPassed(SystemFaultProcess.TASK_SWITCH_TO_PAPER, SystemFaultProcess.END_PAPER_ORDERED)
                .isWaitingAt(SystemFaultProcess.TASK_HANDLE)
                .isNotEnded();
        assertThat(calls).containsExactly("paper 7");

        handle(instance, true, "机房断电", "已恢复供电");

        assertThat(instance)
                .hasPassed(SystemFaultProcess.TASK_RECORD_RESTORED, SystemFaultProcess.END_RESTORED)
                .isEnded();
        assertThat(calls)
                .containsExactly("paper 7", "handled 7 by xxzx.staff: 机房断电", "restored 7 by xxzx.staff: 已恢复供电");
    }

    @Test
    void a31_handlingRoundsWithoutRestorationKeepTheOneDeadlineFromTheReport() {
        ProcessInstance instance = start();

        ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(1))));
        handle(instance, false, "初步判断为网络故障", null);

        assertThat(instance).isWaitingAt(SystemFaultProcess.TASK_HANDLE);
        assertThat(job(instance).getDuedate())
                .as("the timer is not re-armed by a second round")
                .isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(4))));
        assertThat(task(instance).getDueDate())
                .as("each round is due at the restore deadline")
                .isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(4))));

        ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofHours(5))));
        execute(job(instance));
        assertThat(task(instance).getDueDate())
                .as("and stays overdue after it")
                .isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(4))));
        handle(instance, false, "光缆中断", null);
        assertThat(engine.getManagementService().createJobQuery().count())
                .as("the deadline fires once")
                .isZero();
        handle(instance, true, "光缆已熔接", "运营商抢修完成");

        assertThat(instance).isEnded();
        assertThat(calls)
                .containsExactly(
                        "handled 7 by xxzx.staff: 初步判断为网络故障",
                        "paper 7",
                        "handled 7 by xxzx.staff: 光缆中断",
                        "handled 7 by xxzx.staff: 光缆已熔接",
                        "restored 7 by xxzx.staff: 运营商抢修完成");
    }
}
