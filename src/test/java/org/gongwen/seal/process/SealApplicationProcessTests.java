package org.gongwen.seal.process;

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

/** Both paths of {@code seal-application} (A18-A21, A25), with the delegates mocked. */
@Deployment(
        resources = {
            "bpmn/seal-application.bpmn",
            "forms/seal-verify.form",
            "forms/seal-make.form",
            "forms/seal-activate.form"
        })
class SealApplicationProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("seal-application-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        // several engines live in one test JVM: bind the assertions to this one
        BpmnAwareTests.init(engine);
        for (String name : List.of("rejectSealApplicationDelegate", "notifySealReadyDelegate")) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("approveSealApplicationDelegate", (JavaDelegate) execution ->
                calls.add("approve by " + SealApplicationProcess.of(execution).verifiedBy()));
        Mocks.register("makeSealDelegate", (JavaDelegate) execution ->
                calls.add("make by " + SealApplicationProcess.of(execution).madeBy()));
        Mocks.register("recordTaskActorListener", new RecordTaskActorListener());
        Mocks.register("activateSealDelegate", (JavaDelegate) execution ->
                calls.add("activate by " + SealApplicationProcess.of(execution).custodian()));
        Mocks.register("recordCustodianListener", new RecordCustodianListener());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance apply() {
        engine.getIdentityService().setAuthenticatedUserId("b01.clerk");
        try {
            return runtimeService()
                    .startProcessInstanceByKey(
                            SealApplicationProcess.KEY,
                            SealApplicationProcess.businessKey(7),
                            SealApplicationProcess.startVariables(7, 40, "B01", "清河县发展和改革局", "清河县发展和改革局", "新设单位"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void a21_anApprovedApplicationIsMadeAndActivatedByTheCustodian() {
        ProcessInstance instance = apply();
        assertThat(instance).isWaitingAt(SealApplicationProcess.TASK_VERIFY);
        assertThat(task()).hasCandidateGroup("COUNTY_OFFICE");
        claim(task(), "bgs.staff");
        complete(
                task(),
                withVariables(SealApplicationProcess.DECISION, "approve", SealApplicationProcess.OPINION, "同意"));

        assertThat(instance).isWaitingAt(SealApplicationProcess.TASK_MAKE);
        assertThat(task()).hasCandidateGroup("INFO_CENTER");
        claim(task(), "xxzx.staff");
        complete(task(), withVariables("makingChecked", true));

        assertThat(instance).isWaitingAt(SealApplicationProcess.TASK_GENERATE);
        execute(job());
        assertThat(instance).isWaitingAt(SealApplicationProcess.TASK_ACTIVATE);
        assertThat(task()).hasCandidateGroup("SEAL_CUSTODIAN@B01");
        claim(task(), "b01.seal");
        complete(task(), withVariables("custodyAccepted", true));

        assertThat(instance)
                .hasPassedInOrder(
                        SealApplicationProcess.TASK_VERIFY,
                        SealApplicationProcess.TASK_MAKE,
                        SealApplicationProcess.TASK_GENERATE,
                        SealApplicationProcess.TASK_ACTIVATE,
                        SealApplicationProcess.END_ACTIVE)
                .isEnded();
        assertThat(calls)
                .containsExactly(
                        "approve by bgs.staff",
                        "make by xxzx.staff",
                        "notifySealReadyDelegate",
                        "activate by b01.seal");
    }

    @Test
    void a20_aRefusedApplicationEndsAndTellsTheApplicant() {
        ProcessInstance instance = apply();
        assertThat(instance).isWaitingAt(SealApplicationProcess.TASK_VERIFY);
        complete(
                task(),
                withVariables(SealApplicationProcess.DECISION, "reject", SealApplicationProcess.OPINION, "未持有实物印章"));
        assertThat(instance)
                .hasPassed(SealApplicationProcess.TASK_RECORD_REJECTION, SealApplicationProcess.END_REJECTED)
                .hasNotPassed(SealApplicationProcess.TASK_MAKE)
                .isEnded();
        assertThat(calls).containsExactly("rejectSealApplicationDelegate");
    }
}
