package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SendJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: a node killed mid-fan-out leaves the fan-out jobs it had acquired (one per batch of
 * recipients) locked under its name. With the job
 * executor settings of application.yml, this node leaves them alone while the lock holds and takes
 * them over once it expires; every recipient ends with exactly one distribution and one receipt.
 * Time is compressed: the dead node's locks expire seconds from now instead of a lock time from
 * the kill, and the test checks the rest against the configured lock time and idle wait.
 */
@IntegrationTest
class DeadNodeRecoveryIntegrationTests {

    /** The county notices a delay of at most this much after a node dies (issue 16). */
    private static final Duration RECOVERY_BUDGET = Duration.ofSeconds(90);
    /** Left for finishing a 500-unit fan-out after the dead node's jobs are picked up. */
    private static final Duration FINISHING_ALLOWANCE = Duration.ofSeconds(30);

    private static final int RECIPIENTS = 25;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void theConfiguredLockTimeAndIdleWaitFitTheRecoveryBudget() {
        JobExecutionProperty settings = camunda.getJobExecution();
        Duration pickUp = Duration.ofMillis(settings.getLockTimeInMillis() + settings.getMaxWait());
        assertThat(pickUp.plus(FINISHING_ALLOWANCE)).isLessThanOrEqualTo(RECOVERY_BUDGET);
        assertThat(settings.getWaitTimeInMillis())
                .isLessThanOrEqualTo(settings.getMaxWait().intValue());
    }

    @Test
    void jobsLockedByADeadNodeAreTakenOverOnceTheirLockExpiresAndDeliverOnce() throws Exception {
        List<Long> units = recoveryUnits();
        DocumentChain chain = DocumentChain.in(context);
        long id = chain.signedAndAwaitingConfirmation(
                "关于节点故障后继续分发的测试通知",
                units.stream()
                        .map(u -> new RecipientEntry(u, RecipientKind.MAIN, 1))
                        .toList());
        chain.confirmOnly(id);
        String send = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(DocumentSendProcess.businessKey(id))
                .singleResult()
                .getId();
        List<String> batchJobs = SendJobs.ofSend(engine.getManagementService(), engine.getRuntimeService(), id).stream()
                .map(Job::getId)
                .toList();
        assertThat(batchJobs).as("one job per batch of recipients").hasSize(2);

        // what a node killed after acquiring them leaves behind: its name and a lock not yet expired
        Instant lockExpires = Instant.now().plusSeconds(4);
        for (String job : batchJobs) {
            jdbc.update(
                    "update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? where ID_ = ?",
                    "node-killed-by-kill-9",
                    Timestamp.from(lockExpires),
                    job);
        }

        JobExecutor executor = configuredExecutor();
        executor.start();
        Instant tookOver;
        try {
            Thread.sleep(1000);
            if (Instant.now().isBefore(lockExpires.minusMillis(500))) {
                assertThat(distributions(id))
                        .as("the dead node's lock still holds")
                        .isZero();
            }
            JobExecutionProperty settings = camunda.getJobExecution();
            Instant deadline = lockExpires.plusMillis(settings.getMaxWait()).plus(FINISHING_ALLOWANCE);
            while (waitingReceipts(id) < RECIPIENTS && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            tookOver = Instant.now();
        } finally {
            executor.shutdown();
        }

        assertThat(waitingReceipts(id)).isEqualTo(RECIPIENTS);
        assertThat(Duration.between(lockExpires, tookOver))
                .isLessThanOrEqualTo(Duration.ofMillis(camunda.getJobExecution().getMaxWait())
                        .plus(FINISHING_ALLOWANCE));
        for (long unit : units) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from receipt_distribution where document_id = ? " + "and unit_id = ?",
                            Integer.class,
                            id,
                            unit))
                    .as("distributions to unit %d", unit)
                    .isEqualTo(1);
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(id, unit))
                            .count())
                    .as("receipts of unit %d", unit)
                    .isEqualTo(1);
        }
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(send)
                        .withException()
                        .count())
                .isZero();
    }

    /** The engine's own executor (the tests switch Spring's off), set up as application.yml sets production's. */
    private JobExecutor configuredExecutor() {
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        JobExecutionProperty settings = camunda.getJobExecution();
        executor.setLockTimeInMillis(settings.getLockTimeInMillis());
        executor.setWaitTimeInMillis(settings.getWaitTimeInMillis());
        executor.setMaxWait(settings.getMaxWait());
        executor.setMaxJobsPerAcquisition(settings.getMaxJobsPerAcquisition());
        executor.setBackoffTimeInMillis(settings.getBackoffTimeInMillis());
        executor.setMaxBackoff(settings.getMaxBackoff());
        return executor;
    }

    /** Two batches' worth of recipient units (RN01…RN25) that only this test sends to. */
    private List<Long> recoveryUnits() {
        long parent = organization.unitByCode("QHX").orElseThrow().id();
        return IntStream.rangeClosed(1, RECIPIENTS)
                .mapToObj("RN%02d"::formatted)
                .map(code -> organization
                        .unitByCode(code)
                        .orElseGet(() -> organization.createUnit(
                                code,
                                "节点故障测试单位" + code,
                                "故障" + code,
                                UnitKind.AFFILIATED_INSTITUTION,
                                parent,
                                null,
                                false,
                                950)))
                .map(UnitInfo::id)
                .toList();
    }

    private long waitingReceipts(long documentId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey(ReceiptKeys.PROCESS)
                .processVariableValueEquals("documentId", documentId)
                .count();
    }

    private int distributions(long documentId) {
        return jdbc.queryForObject(
                "select count(*) from receipt_distribution where document_id = ?", Integer.class, documentId);
    }
}
