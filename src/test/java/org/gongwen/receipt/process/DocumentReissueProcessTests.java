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

/** {@code document-reissue} (A10.2): re-send, extra copies, refusal with a reason; delegates mocked. */
@Deployment(resources = {"bpmn/document-reissue.bpmn", "forms/reissue-decide.form"})
class DocumentReissueProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("document-reissue-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register("notifyReissueSenderDelegate", (JavaDelegate) execution -> calls.add(
                "notify sender of " + DocumentReissueProcess.of(execution).requestId()));
        Mocks.register("resendDocumentDelegate", (JavaDelegate) execution -> calls.add(
                "resend by " + DocumentReissueProcess.of(execution).decision().decidedBy()));
        Mocks.register("raisePrintQuotaDelegate", (JavaDelegate) execution -> calls.add(
                "raise by " + DocumentReissueProcess.of(execution).decision().decidedBy()));
        Mocks.register("refuseReissueDelegate", (JavaDelegate) execution -> calls.add(
                "refuse: " + DocumentReissueProcess.of(execution).decision().reason()));
        Mocks.register("reissueDecidedListener", new ReissueDecidedListener());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theSenderAgreesToResend() {
        ProcessInstance instance = start("RESEND");
        assertThat(task())
                .hasCandidateGroup("CLERK@BGS")
                .hasCandidateGroup("LEADER@BGS")
                .hasName("处理收文单位请求：关于做好防汛工作的通知");
        assertThat(calls).containsExactly("notify sender of 7");

        decide("bgs.clerk", DocumentReissueProcess.APPROVE, "");

        assertThat(instance)
                .hasPassed(DocumentReissueProcess.TASK_RESEND, DocumentReissueProcess.END_RESENT)
                .hasNotPassed(DocumentReissueProcess.TASK_RAISE_QUOTA)
                .isEnded();
        assertThat(calls).last().isEqualTo("resend by bgs.clerk");
    }

    @Test
    void theSenderAgreesToExtraCopies() {
        ProcessInstance instance = start("EXTRA_COPIES");
        decide("bgs.leader", DocumentReissueProcess.APPROVE, "同意");

        assertThat(instance)
                .hasPassed(DocumentReissueProcess.TASK_RAISE_QUOTA, DocumentReissueProcess.END_QUOTA_RAISED)
                .hasNotPassed(DocumentReissueProcess.TASK_RESEND)
                .isEnded();
        assertThat(calls).last().isEqualTo("raise by bgs.leader");
    }

    @Test
    void aRefusalNeedsAReasonAndReturnsIt() {
        ProcessInstance instance = start("RESEND");
        claim(task(), "bgs.clerk");
        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                DocumentReissueProcess.DECISION,
                                DocumentReissueProcess.REFUSE,
                                DocumentReissueProcess.DECISION_REASON,
                                "")))
                .hasRootCauseInstanceOf(BusinessException.class);

        complete(
                task(),
                withVariables(
                        DocumentReissueProcess.DECISION,
                        DocumentReissueProcess.REFUSE,
                        DocumentReissueProcess.DECISION_REASON,
                        "版式文件经核验无误，请重新核对"));

        assertThat(instance)
                .hasPassed(DocumentReissueProcess.TASK_RECORD_REFUSAL, DocumentReissueProcess.END_REFUSED)
                .isEnded();
        assertThat(calls).last().isEqualTo("refuse: 版式文件经核验无误，请重新核对");
    }

    private ProcessInstance start(String kind) {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        DocumentReissueProcess.KEY,
                        DocumentReissueProcess.businessKey(7),
                        DocumentReissueProcess.startVariables(
                                7, kind, "BGS", "关于做好防汛工作的通知", "清河县城关镇人民政府 请求重发。理由：签名校验未通过"));
        assertThat(instance).isStarted();
        return instance;
    }

    private static void decide(String who, String decision, String reason) {
        claim(task(), who);
        complete(
                task(),
                withVariables(
                        DocumentReissueProcess.DECISION, decision, DocumentReissueProcess.DECISION_REASON, reason));
    }
}
