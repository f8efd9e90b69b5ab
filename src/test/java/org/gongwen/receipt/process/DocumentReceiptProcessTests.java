package org.gongwen.receipt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.receipt.internal.Delivery;
import org.gongwen.receipt.internal.ReceiptProperties;
import org.gongwen.receipt.internal.SignForChecks;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.ProcessTestEngine;
import org.gongwen.workflow.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code document-receipt} (A9, A10.1, A15, A16): every path, with the delegates mocked and the
 * timers driven by the engine clock over a working-day calendar.
 */
@Deployment(resources = {"bpmn/document-receipt.bpmn", "forms/receipt-sign-for.form"})
class DocumentReceiptProcessTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-11-23 09:00: reminder after 4 working hours at 13:00, overdue after 16 at Tuesday 16:00. */
    private static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 23, 9, 0);

    private static ProcessEngine engine = ProcessTestEngine.inMemory("document-receipt-tests");

    @RegisterExtension
    static ProcessEngineExtension extension =
            ProcessEngineExtension.builder().useProcessEngine(engine).build();

    private final List<String> calls = new ArrayList<>();
    private final SignForChecks checks = mock(SignForChecks.class);

    @BeforeEach
    void mockDelegates() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(at(MONDAY_NINE));
        Mocks.register("createDistributionDelegate", (JavaDelegate) execution -> {
            DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
            RecipientEntry recipient = receipt.recipient();
            calls.add("deliver " + receipt.documentId() + " to " + recipient.unitId() + " " + recipient.kind() + " x"
                    + recipient.printQuota() + " v" + receipt.version());
            receipt.setDelivery(
                    new Delivery(900, recipient.unitId(), "Z06", "关于做好防汛工作的通知", "城关政〔2026〕1号", "清河县城关镇人民政府"));
        });
        Mocks.register("notifyRecipientClerksDelegate", (JavaDelegate) execution ->
                calls.add("notify " + DocumentReceiptProcess.of(execution).distributionId()));
        Mocks.register("recordSignForDelegate", (JavaDelegate) execution -> {
            DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
            calls.add("signed " + receipt.distributionId() + " by " + receipt.signedBy());
        });
        Mocks.register("returnDocumentDelegate", (JavaDelegate) execution -> {
            DocumentReceiptProcess receipt = DocumentReceiptProcess.of(execution);
            calls.add("returned " + receipt.distributionId() + " by " + receipt.signedBy() + ": "
                    + receipt.returnReason());
        });
        Mocks.register("remindClerksDelegate", (JavaDelegate) execution ->
                calls.add("remind " + DocumentReceiptProcess.of(execution).distributionId()));
        Mocks.register("escalateOverdueDelegate", (JavaDelegate) execution ->
                calls.add("overdue " + DocumentReceiptProcess.of(execution).distributionId()));
        when(checks.summary(anyLong())).thenReturn("✔ 发文单位：一致\n✔ 签名与完整性：有效");
        Mocks.register("receiptChecksListener", new ReceiptChecksListener(checks));
        Mocks.register("recordSignerListener", new RecordSignerListener(checks));
        Mocks.register(
                "receiptDeadlines",
                new ReceiptDeadlines(
                        WorkingCalendar.standard(), new ReceiptProperties(Duration.ofHours(4), Duration.ofHours(16))));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void aClerkOfTheRecipientUnitSignsForAfterTheChecks() {
        ProcessInstance instance = start();

        assertThat(instance)
                .isWaitingAt(DocumentReceiptProcess.TASK_SIGN_FOR)
                .variables()
                .containsEntry("subject", "关于做好防汛工作的通知")
                .containsEntry("docNumber", "城关政〔2026〕1号")
                .containsEntry("senderName", "清河县城关镇人民政府")
                .containsEntry("checksSummary", "✔ 发文单位：一致\n✔ 签名与完整性：有效");
        assertThat(task()).hasCandidateGroup("CLERK@Z06").hasName("签收：关于做好防汛工作的通知");
        assertThat(task().getDueDate()).isEqualTo(at(MONDAY_NINE.plusDays(1).withHour(16)));
        assertThat(calls).containsExactly("deliver 42 to 106 COPY x3 v1", "notify 900");

        claim(task(), "z06.clerk");
        complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.SIGN_FOR, null));

        assertThat(instance)
                .hasPassedInOrder(
                        DocumentReceiptProcess.TASK_CREATE_DISTRIBUTION,
                        DocumentReceiptProcess.TASK_NOTIFY_CLERKS,
                        DocumentReceiptProcess.TASK_SIGN_FOR,
                        DocumentReceiptProcess.TASK_RECORD_SIGN_FOR,
                        DocumentReceiptProcess.END_SIGNED_FOR)
                .isEnded();
        assertThat(calls).last().isEqualTo("signed 900 by z06.clerk");
    }

    @Test
    void aFailedCheckRefusesTheSignForAndTheTaskStays() {
        ProcessInstance instance = start();
        doThrow(BusinessException.conflict("receipt.error.checksFailed", "签名与完整性", "内容已被改动"))
                .when(checks)
                .requireAllPassed(42);

        claim(task(), "z06.clerk");
        assertThatThrownBy(
                        () -> complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.SIGN_FOR, null)))
                .hasRootCauseInstanceOf(BusinessException.class);

        assertThat(instance).isWaitingAt(DocumentReceiptProcess.TASK_SIGN_FOR);
        assertThat(calls).noneMatch(c -> c.startsWith("signed"));
    }

    @Test
    void aClerkReturnsTheDocumentWithAReason() {
        ProcessInstance instance = start();
        claim(task(), "z06.clerk");

        assertThatThrownBy(() -> complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.RETURN, " ")))
                .hasRootCauseInstanceOf(BusinessException.class);
        complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.RETURN, "主送单位有误"));

        assertThat(instance)
                .hasPassed(DocumentReceiptProcess.TASK_RECORD_RETURN)
                .hasNotPassed(DocumentReceiptProcess.TASK_RECORD_SIGN_FOR)
                .isEnded();
        assertThat(instance).hasPassed(DocumentReceiptProcess.END_RETURNED);
        assertThat(calls).last().isEqualTo("returned 900 by z06.clerk: 主送单位有误");
    }

    @Test
    void unsignedTheClerksAreRemindedThenTheLeaderIsToldAndTheReceiptIsOverdue() {
        ProcessInstance instance = start();
        Job remind = timer(instance, DocumentReceiptProcess.TIMER_REMIND);
        Job overdue = timer(instance, DocumentReceiptProcess.TIMER_OVERDUE);
        assertThat(remind.getDuedate()).isEqualTo(at(MONDAY_NINE.withHour(13)));
        assertThat(overdue.getDuedate()).isEqualTo(at(MONDAY_NINE.plusDays(1).withHour(16)));

        ClockUtil.setCurrentTime(at(MONDAY_NINE.withHour(13).withMinute(1)));
        execute(remind);
        assertThat(instance).isWaitingAt(DocumentReceiptProcess.TASK_SIGN_FOR);
        assertThat(calls).last().isEqualTo("remind 900");

        ClockUtil.setCurrentTime(at(MONDAY_NINE.plusDays(1).withHour(16).withMinute(1)));
        execute(overdue);
        assertThat(instance).isWaitingAt(DocumentReceiptProcess.TASK_SIGN_FOR);
        assertThat(calls).last().isEqualTo("overdue 900");

        claim(task(), "z06.clerk");
        complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.SIGN_FOR, null));
        assertThat(instance)
                .hasPassed(
                        DocumentReceiptProcess.END_REMINDED,
                        DocumentReceiptProcess.END_ESCALATED,
                        DocumentReceiptProcess.END_SIGNED_FOR)
                .isEnded();
    }

    @Test
    void deliveredOnFridayEveningTheDeadlinesSkipTheWeekend() {
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 27, 18, 0)));
        ProcessInstance instance = start();
        assertThat(timer(instance, DocumentReceiptProcess.TIMER_REMIND).getDuedate())
                .isEqualTo(at(LocalDateTime.of(2026, 11, 30, 12, 30)));
    }

    @Test
    void signedForInTimeNoTimerFires() {
        ProcessInstance instance = start();
        claim(task(), "z06.clerk");
        complete(task(), DocumentReceiptProcess.decision(DocumentReceiptProcess.SIGN_FOR, null));

        assertThat(instance)
                .isEnded()
                .hasNotPassed(DocumentReceiptProcess.TASK_REMIND_CLERKS, DocumentReceiptProcess.TASK_ESCALATE);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void anApprovedResendSupersedesTheWaitingReceipt() {
        ProcessInstance instance = start();

        runtimeService()
                .createMessageCorrelation(DocumentReceiptProcess.MESSAGE_SUPERSEDED)
                .processInstanceId(instance.getId())
                .correlate();

        assertThat(instance)
                .hasPassed(DocumentReceiptProcess.END_SUPERSEDED)
                .hasNotPassed(DocumentReceiptProcess.TASK_RECORD_SIGN_FOR)
                .isEnded();
    }

    @Test
    void aResentVersionStartsWithItsVersion() {
        runtimeService()
                .startProcessInstanceByKey(
                        DocumentReceiptProcess.KEY,
                        DocumentReceiptProcess.businessKey(42, 106),
                        DocumentReceiptProcess.startVariables(42, new RecipientEntry(106, RecipientKind.MAIN, 2), 2));
        assertThat(calls).first().isEqualTo("deliver 42 to 106 MAIN x2 v2");
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService()
                .startProcessInstanceByKey(
                        DocumentReceiptProcess.KEY,
                        DocumentReceiptProcess.businessKey(42, 106),
                        DocumentReceiptProcess.startVariables(42, new RecipientEntry(106, RecipientKind.COPY, 3)));
        assertThat(instance).isStarted();
        return instance;
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private static Date at(LocalDateTime local) {
        return Date.from(local.atZone(SHANGHAI).toInstant());
    }
}
