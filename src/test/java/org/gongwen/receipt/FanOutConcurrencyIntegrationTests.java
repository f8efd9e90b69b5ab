package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.Role;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SendJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fan-out job retried while its first run is still going (two nodes whose locks overlapped, or
 * a lock that expired): both runs race, exactly one commits, and the recipient ends with one
 * distribution and one receipt (A13). The recipient is a unit of the test's own.
 */
@IntegrationTest
class FanOutConcurrencyIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchJobRunTwiceAtOnceDeliversOnce() throws Exception {
        String code = OwnUnits.freshCode("FO");
        long unit =
                OwnUnits.in(context).unit(code, "清河县并发分发测试局" + code, Role.CLERK).id();
        DocumentChain chain = DocumentChain.in(context);
        long id = chain.signedAndAwaitingConfirmation(
                "关于开展并发分发核查的通知", List.of(new RecipientEntry(unit, RecipientKind.MAIN, 1)));
        chain.confirmOnly(id);
        List<Job> batchJobs = SendJobs.ofSend(engine.getManagementService(), engine.getRuntimeService(), id);
        assertThat(batchJobs).as("one batch of one recipient").hasSize(1);
        Job job = batchJobs.get(0);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Throwable>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        engine.getManagementService().executeJob(job.getId());
                        return null;
                    } catch (RuntimeException lost) {
                        return lost;
                    }
                }));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).as("one run commits, the other loses").containsOnlyOnce((Throwable) null);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_distribution where document_id = ? and unit_id = ?",
                        Integer.class,
                        id,
                        unit))
                .isEqualTo(1);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(id, unit))
                        .count())
                .isEqualTo(1);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(id, unit))
                        .count())
                .isEqualTo(1);
    }
}
