package org.gongwen.document.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.gongwen.receipt.ReceiptKeys;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both paths of {@code document-send} (A13, A14.1, A34), with a one-task stand-in for
 * {@code document-receipt}: the send waits until every receipt has ended.
 */
@Deployment(
        resources = {"bpmn/document-send.bpmn", "bpmn/document-send-batch.bpmn", "forms/document-send-confirm.form"})
class DocumentSendProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("document-send-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();
    private final List<List<Object>> batches = new ArrayList<>();
    private boolean valid = true;

    /**
     * Stands in for the bean the multi-instance collection expressions call: two batches of two and one;
     * the batches' business keys are the bean's own.
     */
    public static class Recipients extends DocumentSendRecipients {
        Recipients() {
            super(null);
        }

        @Override
        public List<String> batches(Object documentId) {
            return List.of("0", "1");
        }

        @Override
        public List<String> keysOfBatch(Object documentId, Object batch) {
            return "0".equals(batch) ? List.of("11:MAIN:2", "12:MAIN:3") : List.of("13:COPY:1");
        }
    }

    private void runJobs() {
        for (List<Job> jobs = executable(); !jobs.isEmpty(); jobs = executable()) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static List<Job> executable() {
        return engine.getManagementService().createJobQuery().executable().list();
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "document-receipt.bpmn",
                        Bpmn.createExecutableProcess(ReceiptKeys.PROCESS)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_SignFor")
                                .endEvent()
                                .done())
                .deploy();
        Mocks.register("validateSendDelegate", (JavaDelegate) execution -> {
            if (!valid) {
                DocumentSendProcess.of(execution).setInvalidReason("至少需要一个主送单位");
                throw new BpmnError(DocumentSendProcess.ERROR_INVALID);
            }
            DocumentSendProcess.of(execution).setSummary("主送 2 个单位，共 5 份");
        });
        for (String name : List.of("notifySendInvalidDelegate", "recordSendTimeDelegate", "markDocumentSentDelegate")) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("documentSendRecipients", new Recipients());
        Mocks.register("receiptKeys", new ReceiptKeys());
        Mocks.register("announceSendBatchListener", (ExecutionListener) execution -> batches.add(List.of(
                DocumentSendProcess.of(execution).documentId(),
                DocumentSendProcess.of(execution).batch())));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        engine.getRepositoryService().createDeploymentQuery().list().stream()
                .filter(d -> d.getName() == null)
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    private ProcessInstance send() {
        return runtimeService()
                .startProcessInstanceByKey(
                        DocumentSendProcess.KEY,
                        DocumentSendProcess.businessKey(5),
                        DocumentSendProcess.startVariables(5, "z01.clerk", "关于春耕的通知"));
    }

    /** The models name the processes they call by key; each key is its owner's constant. */
    @Test
    void theModelsCallTheProcessesByTheirOwnersKeys() {
        BpmnModelInstance sendModel = Bpmn.readModelFromFile(new File("bpmn/document-send.bpmn"));
        BpmnModelInstance batchModel = Bpmn.readModelFromFile(new File("bpmn/document-send-batch.bpmn"));
        assertThat(sendModel
                        .<CallActivity>getModelElementById("Activity_Batches")
                        .getCalledElement())
                .isEqualTo(DocumentSendProcess.BATCH_KEY);
        assertThat(batchModel
                        .<CallActivity>getModelElementById("Activity_Receipts")
                        .getCalledElement())
                .isEqualTo(ReceiptKeys.PROCESS);
    }

    @Test
    void a13_theSenderConfirmsAndOneReceiptRunsPerRecipientUntilAllHaveEnded() {
        ProcessInstance instance = send();
        assertThat(instance).isWaitingAt(DocumentSendProcess.TASK_CONFIRM).hasVariables("recipientSummary");
        assertThat(task(instance)).isAssignedTo("z01.clerk");
        complete(task(instance), withVariables("sendConfirmed", true));
        assertThat(calls).containsExactly("recordSendTimeDelegate");

        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .list())
                .hasSize(2);
        // one job per batch starts the batch and all its receipts, in one transaction
        engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        assertThat(executable()).isEmpty();
        assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(DocumentSendProcess.BATCH_KEY)
                        .list())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("document-send-5-0", "document-send-5-1");
        List<ProcessInstance> receipts = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ReceiptKeys.PROCESS)
                .list();
        assertThat(receipts)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder(
                        ReceiptKeys.businessKey(5, 11), ReceiptKeys.businessKey(5, 12), ReceiptKeys.businessKey(5, 13));
        assertThat(runtimeService().getVariable(receipts.get(0).getId(), DocumentSendProcess.RECIPIENT))
                .isNotNull();
        // each batch announced itself before its receipts started
        assertThat(batches).containsExactlyInAnyOrder(List.of(5L, "0"), List.of(5L, "1"));

        taskService()
                .createTaskQuery()
                .list()
                .subList(0, 2)
                .forEach(t -> taskService().complete(t.getId()));
        // a receipt that ends leaves the count of ended receipts to a job of its own (asyncAfter), so two
        // clerks signing for the same batch at once never update that count in the same transaction
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(DocumentSendProcess.BATCH_KEY)
                        .list())
                .hasSize(2);
        runJobs();
        assertThat(instance).isNotEnded();
        taskService().createTaskQuery().list().forEach(t -> taskService().complete(t.getId()));
        runJobs();
        assertThat(instance).isEnded().hasPassed(DocumentSendProcess.END_SENT);
        assertThat(calls).containsExactly("recordSendTimeDelegate", "markDocumentSentDelegate");
    }

    @Test
    void a34_anInvalidDocumentIsNotSentAndTheSenderIsTold() {
        valid = false;
        ProcessInstance instance = send();
        assertThat(instance).isEnded().hasPassed(DocumentSendProcess.END_INVALID);
        assertThat(calls).containsExactly("notifySendInvalidDelegate");
        assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ReceiptKeys.PROCESS)
                        .count())
                .isZero();
    }
}
