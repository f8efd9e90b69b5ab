package org.gongwen.document.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code document-approval} (A4.2, A7, A12, A15), with the delegates mocked. */
@Deployment(
        resources = {
            "bpmn/document-approval.bpmn",
            "forms/document-approve.form",
            "forms/document-revise.form",
            "forms/document-county-review.form",
            "forms/document-stamp.form"
        })
class DocumentApprovalProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("document-approval-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        for (String name : List.of(
                "recordDocumentReturnDelegate",
                "resubmitDocumentDelegate",
                "recordDocumentApprovalDelegate",
                "recordCountyReturnDelegate",
                "recordCountyAcceptanceDelegate",
                "startDocumentSendDelegate")) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("signDocumentDelegate", (JavaDelegate) execution ->
                calls.add("sign by " + DocumentApprovalProcess.of(execution).stampedBy()));
        Mocks.register("checkStampListener", (TaskListener)
                task -> DocumentApprovalProcess.of(task).setStampedBy(task.getAssignee()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submit(boolean countyLevel) {
        engine.getIdentityService().setAuthenticatedUserId("z01.clerk");
        try {
            return runtimeService()
                    .startProcessInstanceByKey(
                            DocumentApprovalProcess.KEY,
                            DocumentApprovalProcess.businessKey(9),
                            DocumentApprovalProcess.startVariables(
                                    9, "Z01", countyLevel ? "QHX" : "Z01", countyLevel, "关于做好冬季防火工作的通知", "通知"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void stampAndSign(ProcessInstance instance, String custodian, String group) {
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_STAMP);
        assertThat(task(instance)).hasCandidateGroup(group);
        complete(claim(task(instance), custodian), withVariables("stampConfirmed", true));
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_SIGN);
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed(DocumentApprovalProcess.END_SENT);
    }

    @Test
    void a7_theLeaderApprovesTheCustodianStampsAndTheSignedDocumentGoesToSending() {
        ProcessInstance instance = submit(false);
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_LEADER);
        assertThat(task(instance)).hasCandidateGroup("LEADER@Z01");
        complete(claim(task(instance), "z01.leader"), withVariables("decision", "approve", "comment", "同意"));
        stampAndSign(instance, "z01.seal", "SEAL_CUSTODIAN@Z01");
        assertThat(calls)
                .containsExactly("recordDocumentApprovalDelegate", "sign by z01.seal", "startDocumentSendDelegate");
    }

    @Test
    void a7_aReturnedDraftIsRevisedByTheDrafterAndApprovedOnResubmission() {
        ProcessInstance instance = submit(false);
        complete(claim(task(instance), "z01.leader"), withVariables("decision", "return", "comment", "请补充时间要求"));
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_REVISE);
        assertThat(task(instance)).isAssignedTo("z01.clerk");
        complete(task(instance), withVariables("revised", true));
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_LEADER);
        complete(claim(task(instance), "z01.leader"), withVariables("decision", "approve"));
        stampAndSign(instance, "z01.seal", "SEAL_CUSTODIAN@Z01");
        assertThat(calls)
                .startsWith(
                        "recordDocumentReturnDelegate", "resubmitDocumentDelegate", "recordDocumentApprovalDelegate");
    }

    @Test
    void a12_aCountyLevelDocumentIsAcceptedByTheCountyOfficeAndStampedWithTheCountySeal() {
        ProcessInstance instance = submit(true);
        complete(claim(task(instance), "z01.leader"), withVariables("decision", "approve"));
        assertThat(instance).isWaitingAt(DocumentApprovalProcess.TASK_COUNTY_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("COUNTY_OFFICE");
        complete(claim(task(instance), "bgs.staff"), withVariables("countyDecision", "accept"));
        stampAndSign(instance, "xzf.seal", "SEAL_CUSTODIAN@QHX");
        assertThat(calls).contains("recordCountyAcceptanceDelegate");
    }

    @Test
    void a15_theCountyOfficeReturnsADocumentWithAReason() {
        ProcessInstance instance = submit(true);
        complete(claim(task(instance), "z01.leader"), withVariables("decision", "approve"));
        complete(
                claim(task(instance), "bgs.staff"),
                withVariables("countyDecision", "return", "countyReason", "请以部门名义发文"));
        assertThat(instance).isEnded().hasPassed(DocumentApprovalProcess.END_RETURNED_BY_COUNTY);
        assertThat(calls).containsExactly("recordDocumentApprovalDelegate", "recordCountyReturnDelegate");
    }
}
