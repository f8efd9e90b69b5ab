package org.gongwen.supervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.internal.SupervisionProperties;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code receipt-inspection} (A16): the timer and the hand start, review with publish, and a
 * revision that rebuilds the report before it is published; delegates mocked.
 */
@Deployment(resources = {"bpmn/receipt-inspection.bpmn", "forms/receipt-inspection-review.form"})
class ReceiptInspectionProcessTests {

    private static final String CYCLE = "0 0 2 1 * ?";

    private static ProcessEngine engine = ProcessTestEngine.inMemory("receipt-inspection-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register("inspectionSchedule", new InspectionSchedule(new SupervisionProperties(CYCLE)));
        Mocks.register("buildInspectionReportDelegate", (JavaDelegate) execution -> {
            ReceiptInspectionProcess inspection = ReceiptInspectionProcess.of(execution);
            long id = inspection.reportId() == null ? 99 : inspection.reportId();
            inspection.setReport(id, "关于2026年11月份电子公文接收情况的通报");
            calls.add("build " + id
                    + (inspection.review().reason().isEmpty()
                            ? ""
                            : " with " + inspection.review().reason()));
        });
        Mocks.register("publishInspectionReportDelegate", (JavaDelegate) execution -> calls.add("publish "
                + ReceiptInspectionProcess.of(execution).reportId() + " by "
                + ReceiptInspectionProcess.of(execution).review().decidedBy()));
        Mocks.register("inspectionReviewedListener", new InspectionReviewedListener());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theTimerWaitsWithTheConfiguredCycleAndFiringItStartsAnInspection() {
        Job timer = managementService()
                .createJobQuery()
                .processDefinitionKey(ReceiptInspectionProcess.KEY)
                .timers()
                .singleResult();
        assertThat(timer).isNotNull();
        assertThat(((TimerEntity) timer).getRepeat()).isEqualTo(CYCLE);
        assertThat(timer.getDuedate()).isAfter(new Date());
        assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ReceiptInspectionProcess.KEY)
                        .count())
                .isZero();

        managementService().executeJob(timer.getId());

        ProcessInstance instance = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ReceiptInspectionProcess.KEY)
                .singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance)
                .hasPassed(ReceiptInspectionProcess.START_TIMER)
                .isWaitingAt(ReceiptInspectionProcess.TASK_BUILD);
        execute(job());
        assertThat(instance).isWaitingAt(ReceiptInspectionProcess.TASK_REVIEW);
        assertThat(calls).containsExactly("build 99");
        assertThat(managementService()
                        .createJobQuery()
                        .processDefinitionKey(ReceiptInspectionProcess.KEY)
                        .timers()
                        .count())
                .as("the next period's timer")
                .isOne();
    }

    @Test
    void startedByHandTheCountyOfficeReviewsAndPublishes() {
        ProcessInstance instance = startByHand();
        assertThat(instance)
                .hasPassed(ReceiptInspectionProcess.START_MANUAL)
                .isWaitingAt(ReceiptInspectionProcess.TASK_BUILD);
        execute(job());
        assertThat(task()).hasCandidateGroup("COUNTY_OFFICE").hasName("审核通报：关于2026年11月份电子公文接收情况的通报");
        claim(task(), "bgs.staff");
        complete(task(), withVariables(ReceiptInspectionProcess.DECISION, ReceiptInspectionProcess.PUBLISH));

        assertThat(instance).isWaitingAt(ReceiptInspectionProcess.TASK_PUBLISH);
        execute(job());
        assertThat(instance)
                .hasPassedInOrder(
                        ReceiptInspectionProcess.TASK_BUILD,
                        ReceiptInspectionProcess.TASK_REVIEW,
                        ReceiptInspectionProcess.TASK_PUBLISH,
                        ReceiptInspectionProcess.END_PUBLISHED)
                .isEnded();
        assertThat(calls).containsExactly("build 7", "publish 7 by bgs.staff");
    }

    @Test
    void aRevisionNeedsANoteAndRebuildsTheReportBeforeItIsPublished() {
        ProcessInstance instance = startByHand();
        execute(job());
        claim(task(), "bgs.staff");
        assertThatThrownBy(() -> complete(
                        task(), withVariables(ReceiptInspectionProcess.DECISION, ReceiptInspectionProcess.REVISE)))
                .hasRootCauseInstanceOf(BusinessException.class);
        complete(
                task(),
                withVariables(
                        ReceiptInspectionProcess.DECISION,
                        ReceiptInspectionProcess.REVISE,
                        ReceiptInspectionProcess.NOTE,
                        "请补充城关镇的整改要求"));

        assertThat(instance).isWaitingAt(ReceiptInspectionProcess.TASK_BUILD);
        execute(job());
        claim(task(), "bgs.supervisor");
        complete(task(), withVariables(ReceiptInspectionProcess.DECISION, ReceiptInspectionProcess.PUBLISH));
        execute(job());

        assertThat(instance).hasPassed(ReceiptInspectionProcess.END_PUBLISHED).isEnded();
        assertThat(calls).containsExactly("build 7", "build 7 with 请补充城关镇的整改要求", "publish 7 by bgs.supervisor");
    }

    private ProcessInstance startByHand() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByMessage(
                        ReceiptInspectionProcess.MESSAGE_REQUESTED,
                        ReceiptInspectionProcess.businessKey(7),
                        ReceiptInspectionProcess.startVariables(7));
        assertThat(instance).isStarted();
        return instance;
    }
}
