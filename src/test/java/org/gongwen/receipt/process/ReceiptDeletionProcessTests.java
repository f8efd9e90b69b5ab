package org.gongwen.receipt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code receipt-deletion} (A9.2): the unit's leader approves or refuses a clerk's request; delegates mocked. */
@Deployment(resources = {"bpmn/receipt-deletion.bpmn", "forms/receipt-deletion-approve.form"})
class ReceiptDeletionProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("receipt-deletion-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register("deleteReceivedDocumentDelegate", (JavaDelegate) execution ->
                calls.add("delete " + ReceiptDeletionProcess.of(execution).requestId() + " by "
                        + ReceiptDeletionProcess.of(execution).decision().decidedBy()));
        Mocks.register("refuseDeletionDelegate", (JavaDelegate) execution -> calls.add(
                "refuse: " + ReceiptDeletionProcess.of(execution).decision().reason()));
        Mocks.register("deletionDecidedListener", new DeletionDecidedListener());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theLeaderApproves() {
        ProcessInstance instance = start();
        assertThat(task()).hasCandidateGroup("LEADER@Z06").hasName("审批删除收文：关于做好防汛工作的通知");
        claim(task(), "z06.leader");
        complete(task(), withVariables(ReceiptDeletionProcess.DECISION, ReceiptDeletionProcess.APPROVE));

        assertThat(instance)
                .hasPassed(ReceiptDeletionProcess.TASK_DELETE, ReceiptDeletionProcess.END_DELETED)
                .isEnded();
        assertThat(calls).containsExactly("delete 5 by z06.leader");
    }

    @Test
    void theLeaderRefusesWithAReason() {
        ProcessInstance instance = start();
        claim(task(), "z06.leader");
        assertThatThrownBy(() ->
                        complete(task(), withVariables(ReceiptDeletionProcess.DECISION, ReceiptDeletionProcess.REFUSE)))
                .hasRootCauseInstanceOf(BusinessException.class);
        complete(
                task(),
                withVariables(
                        ReceiptDeletionProcess.DECISION,
                        ReceiptDeletionProcess.REFUSE,
                        ReceiptDeletionProcess.COMMENT,
                        "该文仍需办理"));

        assertThat(instance)
                .hasPassed(ReceiptDeletionProcess.TASK_RECORD_REFUSAL, ReceiptDeletionProcess.END_REFUSED)
                .isEnded();
        assertThat(calls).containsExactly("refuse: 该文仍需办理");
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        ReceiptDeletionProcess.KEY,
                        ReceiptDeletionProcess.businessKey(5),
                        ReceiptDeletionProcess.startVariables(5, "Z06", "关于做好防汛工作的通知", "重复收文", "z06.clerk"));
        assertThat(instance).isStarted();
        return instance;
    }
}
