package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gongwen.support.IntegrationTest;
import org.gongwen.workflow.internal.ModelChecks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model in bpmn/ passes the model checks; each check catches its mistake. */
@IntegrationTest
class ModelChecksIntegrationTests {

    @Autowired
    ModelChecks checks;

    @Test
    void everyShippedModelIsClean() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                assertThat(checks.check(Bpmn.readModelFromFile(file.toFile())))
                        .as(file.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void eachMistakeIsReported() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("broken")
                .startEvent()
                .userTask("Task_Form")
                .camundaFormRef("no-such-form")
                .camundaCandidateGroups("CLERK@Z01, JANITOR")
                .serviceTask("Task_Delegate")
                .camundaDelegateExpression("${noSuchDelegate}")
                .serviceTask("Task_Fine")
                .camundaDelegateExpression("${moveRolesDelegate}")
                .endEvent()
                .done();
        // the fluent builder sets a default history time to live; take it away
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .forEach(p -> p.setCamundaHistoryTimeToLiveString(null));
        List<ModelChecks.Problem> problems = checks.check(model);
        assertThat(problems)
                .extracting(
                        ModelChecks.Problem::elementId, ModelChecks.Problem::messageKey, ModelChecks.Problem::argument)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("broken", "model.error.historyTimeToLive", "broken"),
                        org.assertj.core.groups.Tuple.tuple("Task_Form", "model.error.formRef", "no-such-form"),
                        org.assertj.core.groups.Tuple.tuple("Task_Form", "model.error.candidateGroup", "JANITOR"),
                        org.assertj.core.groups.Tuple.tuple("Task_Delegate", "model.error.delegate", "noSuchDelegate"));
    }

    @Test
    void aModelWithoutAnExecutableProcessIsReported() {
        BpmnModelInstance model =
                Bpmn.createProcess("sketch").startEvent().endEvent().done();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .forEach(p -> p.setExecutable(false));
        assertThat(checks.check(model))
                .extracting(ModelChecks.Problem::elementId, ModelChecks.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sketch", "model.error.notExecutable"));
    }

    @Test
    void expressionsOfDueDatesTimersCollectionsAndConditionsAreChecked() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("timed")
                .startEvent()
                .userTask("Task_Due")
                .camundaDueDate("${noSuchCalendar.dueIn(3)}")
                .camundaCandidateGroups("CLERK")
                .intermediateCatchEvent("Timer_Wait")
                .timerWithDate("${noSuchClock.tomorrow()}")
                .userTask("Task_Each")
                .camundaCandidateGroups("CLERK")
                .multiInstance()
                .camundaCollection("${noSuchList.units()}")
                .camundaElementVariable("unit")
                .multiInstanceDone()
                .endEvent()
                .done();
        assertThat(checks.check(model))
                .extracting(
                        ModelChecks.Problem::elementId, ModelChecks.Problem::messageKey, ModelChecks.Problem::argument)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Task_Due", "model.error.expressionBean", "noSuchCalendar"),
                        org.assertj.core.groups.Tuple.tuple("Timer_Wait", "model.error.expressionBean", "noSuchClock"),
                        org.assertj.core.groups.Tuple.tuple("Task_Each", "model.error.expressionBean", "noSuchList"));
    }
}
