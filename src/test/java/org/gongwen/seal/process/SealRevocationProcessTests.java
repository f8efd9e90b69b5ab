package org.gongwen.seal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.seal.internal.RevocationReason;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code seal-revocation} (A22, A26, A27), timers included, delegates mocked. */
@Deployment(resources = {"bpmn/seal-revocation.bpmn", "forms/seal-revocation-approve.form", "forms/seal-witness.form"})
class SealRevocationProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("seal-revocation-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();
    private final List<String> records = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        for (String name :
                List.of("revokeSealDelegate", "reissueSealDelegate", "notifyRevocationWithoutEffectDelegate")) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register(
                "recordRevocationDecisionListener", (TaskListener) task -> records.add(task.getTaskDefinitionKey()));
        Mocks.register("recordRevocationDeadlineListener", (ExecutionListener) execution -> records.add("deadline"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance request(RevocationReason reason) {
        return runtimeService()
                .startProcessInstanceByKey(
                        SealRevocationProcess.KEY,
                        SealRevocationProcess.businessKey(9),
                        SealRevocationProcess.startVariables(
                                9,
                                "B20",
                                "清河县医疗保障局",
                                "清河县医疗保障局",
                                reason,
                                "原因",
                                "说明",
                                "WITNESS@SBMJ",
                                "WITNESS@QHXBGS",
                                "P5D"));
    }

    private ProcessInstance approved(RevocationReason reason) {
        ProcessInstance instance = request(reason);
        assertThat(instance).isWaitingAt(SealRevocationProcess.TASK_APPROVE);
        assertThat(task()).hasCandidateGroup("COUNTY_OFFICE");
        complete(task(), withVariables(SealRevocationProcess.DECISION, "approve", "opinion", "同意"));
        assertThat(instance)
                .isWaitingAt(
                        SealRevocationProcess.TASK_WITNESS_SECRECY,
                        SealRevocationProcess.TASK_WITNESS_OFFICE,
                        SealRevocationProcess.TASK_WITNESS_UNIT);
        return instance;
    }

    private void confirm(ProcessInstance instance, String activity, String answer) {
        complete(
                taskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(activity)
                        .singleResult(),
                withVariables(SealRevocationProcess.CONFIRMED, answer));
    }

    @Test
    void a22_allThreePartiesConfirmAndTheSealIsRevoked() {
        ProcessInstance instance = approved(RevocationReason.CHANGE);
        assertThat(taskQuery()
                        .taskDefinitionKey(SealRevocationProcess.TASK_WITNESS_SECRECY)
                        .singleResult())
                .hasCandidateGroup("WITNESS@SBMJ");
        assertThat(taskQuery()
                        .taskDefinitionKey(SealRevocationProcess.TASK_WITNESS_UNIT)
                        .singleResult())
                .hasCandidateGroup("LEADER@B20");
        confirm(instance, SealRevocationProcess.TASK_WITNESS_SECRECY, "yes");
        confirm(instance, SealRevocationProcess.TASK_WITNESS_OFFICE, "yes");
        assertThat(calls).isEmpty();
        confirm(instance, SealRevocationProcess.TASK_WITNESS_UNIT, "yes");

        assertThat(instance).isWaitingAt(SealRevocationProcess.TASK_REVOKE);
        execute(job());
        assertThat(instance)
                .hasPassed(SealRevocationProcess.END_REVOKED)
                .hasNotPassed(SealRevocationProcess.TASK_REISSUE)
                .isEnded();
        assertThat(calls).containsExactly("revokeSealDelegate");
        assertThat(records)
                .containsExactly(
                        SealRevocationProcess.TASK_APPROVE,
                        SealRevocationProcess.TASK_WITNESS_SECRECY,
                        SealRevocationProcess.TASK_WITNESS_OFFICE,
                        SealRevocationProcess.TASK_WITNESS_UNIT);
    }

    @Test
    void a27_aLostSealIsRevokedAndReissued() {
        ProcessInstance instance = approved(RevocationReason.LOSS);
        for (String witness : List.of(
                SealRevocationProcess.TASK_WITNESS_UNIT,
                SealRevocationProcess.TASK_WITNESS_OFFICE,
                SealRevocationProcess.TASK_WITNESS_SECRECY)) {
            confirm(instance, witness, "yes");
        }
        execute(job());
        assertThat(instance)
                .hasPassedInOrder(
                        SealRevocationProcess.TASK_REVOKE,
                        SealRevocationProcess.TASK_REISSUE,
                        SealRevocationProcess.END_REVOKED)
                .isEnded();
        assertThat(calls).containsExactly("revokeSealDelegate", "reissueSealDelegate");
    }

    @Test
    void a22_oneWitnessRefusingEndsItWithoutEffect() {
        ProcessInstance instance = approved(RevocationReason.ABOLITION);
        confirm(instance, SealRevocationProcess.TASK_WITNESS_OFFICE, "yes");
        confirm(instance, SealRevocationProcess.TASK_WITNESS_SECRECY, "no");

        assertThat(instance)
                .hasPassed(SealRevocationProcess.END_WITHOUT_EFFECT)
                .hasNotPassed(SealRevocationProcess.TASK_REVOKE)
                .isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(calls).containsExactly("notifyRevocationWithoutEffectDelegate");
    }

    @Test
    void a22_theDeadlinePassingEndsItWithoutEffect() {
        ProcessInstance instance = approved(RevocationReason.STYLE);
        confirm(instance, SealRevocationProcess.TASK_WITNESS_UNIT, "yes");
        assertThat(job()).isNotNull();
        execute(job());

        assertThat(instance)
                .hasPassed(SealRevocationProcess.END_WITHOUT_EFFECT)
                .hasNotPassed(SealRevocationProcess.TASK_REVOKE)
                .isEnded();
        assertThat(calls).containsExactly("notifyRevocationWithoutEffectDelegate");
        assertThat(records)
                .containsExactly(
                        SealRevocationProcess.TASK_APPROVE, SealRevocationProcess.TASK_WITNESS_UNIT, "deadline");
    }

    @Test
    void a26_theCountyOfficeCanRefuse() {
        ProcessInstance instance = request(RevocationReason.DAMAGE);
        complete(task(instance), withVariables(SealRevocationProcess.DECISION, "refuse", "opinion", "材料不全"));
        assertThat(instance).hasPassed(SealRevocationProcess.END_WITHOUT_EFFECT).isEnded();
        assertThat(calls).containsExactly("notifyRevocationWithoutEffectDelegate");
    }
}
