package org.gongwen.receipt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.receipt.Delivery;
import org.gongwen.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code document-receipt} (A9.1, A11.1): delivered, clerks notified, signed for; delegates mocked. */
@Deployment(resources = {"bpmn/document-receipt.bpmn", "forms/receipt-sign-for.form"})
class DocumentReceiptProcessTests {

    private static ProcessEngine engine = ProcessTestEngine.inMemory("document-receipt-tests");

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register("createDistributionDelegate", (JavaDelegate) execution -> {
            DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
            RecipientEntry recipient = receipt.recipient();
            calls.add("deliver " + receipt.documentId() + " to " + recipient.unitId() + " " + recipient.kind() + " x"
                    + recipient.printQuota());
            receipt.setDelivery(new Delivery(900, recipient.unitId(), "Z06", "关于做好防汛工作的通知", "城关政〔2026〕1号"));
        });
        Mocks.register("notifyRecipientClerksDelegate", (JavaDelegate) execution ->
                calls.add("notify " + DocumentReceiptProcess.of(execution).distributionId()));
        Mocks.register("recordSignForDelegate", (JavaDelegate) execution -> {
            DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
            calls.add("signed " + receipt.distributionId() + " by " + receipt.signedBy());
        });
        Mocks.register("recordSignerListener", new RecordSignerListener());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aClerkOfTheRecipientUnitSignsFor() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(DocumentReceiptProcess.KEY,
                DocumentReceiptProcess.businessKey(42, 106),
                DocumentReceiptProcess.startVariables(42, new RecipientEntry(106, RecipientKind.COPY, 3)));

        assertThat(instance).isWaitingAt(DocumentReceiptProcess.TASK_SIGN_FOR)
                .variables().containsEntry("documentTitle", "关于做好防汛工作的通知")
                .containsEntry("docNumber", "城关政〔2026〕1号");
        assertThat(task()).hasCandidateGroup("CLERK@Z06").hasName("签收：关于做好防汛工作的通知");
        assertThat(task().getDueDate().toInstant())
                .isBetween(Instant.now().plus(Duration.ofDays(2)).minusSeconds(60), Instant.now().plus(Duration.ofDays(2)));
        assertThat(calls).containsExactly("deliver 42 to 106 COPY x3", "notify 900");

        claim(task(), "z06.clerk");
        complete(task(), withVariables(DocumentReceiptProcess.SIGNED_FOR, true));

        assertThat(instance).hasPassedInOrder(DocumentReceiptProcess.TASK_CREATE_DISTRIBUTION,
                DocumentReceiptProcess.TASK_NOTIFY_CLERKS, DocumentReceiptProcess.TASK_SIGN_FOR,
                DocumentReceiptProcess.TASK_RECORD_SIGN_FOR, DocumentReceiptProcess.END_SIGNED_FOR).isEnded();
        assertThat(calls).last().isEqualTo("signed 900 by z06.clerk");
    }
}
