package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.gongwen.support.SendJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two acts on the same thing at the same moment over the real server (a double click, two tabs, two
 * clerks): one wins, the other is told with 409 and a Chinese message that someone has just acted on it,
 * never 500; the data holds one sign-for. Each test sends to recipient units of its own.
 */
@IntegrationTest
class SignForContentionIntegrationTests {

    private static final String JUST_HANDLED = "该事项刚刚已由他人处理，请刷新后查看最新状态。";
    private static final String ALREADY_SIGNED = "该收文当前状态为“SIGNED”，不能进行此操作。";

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void twoSignForsOfOneDistributionAtOnceSignOnceAndTheOtherIsTold409() throws Exception {
        String recipient = ownRecipient();
        long id = sendTo(recipient, "关于开展并发签收核查的通知");
        RealHttp clerk = RealHttp.basic(port, OwnUnits.login(recipient, Role.CLERK));

        List<HttpResponse<String>> answers =
                together(() -> clerk.json("POST", "/api/v1/inbox/" + id + "/sign-for", null));

        assertOneWonAndOneWasTold(answers);
        assertThat(jdbc.queryForObject("select state from receipt_distribution where id = ?", String.class, id))
                .isEqualTo("SIGNED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_event where distribution_id = ? and type = 'SIGNED'",
                        Integer.class,
                        id))
                .as("one sign-for recorded")
                .isEqualTo(1);
    }

    @Test
    void twoCompletionsOfOneTaskAtOnceCompleteItOnceAndTheOtherIsTold409() throws Exception {
        String recipient = ownRecipient();
        long id = sendTo(recipient, "关于开展并发办理核查的通知");
        String process = jdbc.queryForObject(
                "select process_instance_id from receipt_distribution where id = ?", String.class, id);
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(process)
                .taskDefinitionKey(DocumentReceiptProcess.TASK_SIGN_FOR)
                .singleResult();
        RealHttp clerk = RealHttp.basic(port, OwnUnits.login(recipient, Role.CLERK));

        List<HttpResponse<String>> answers = together(
                () -> clerk.json("POST", "/api/v1/tasks/" + task.getId() + "/complete", "{\"decision\":\"signFor\"}"));

        assertOneWonAndOneWasTold(answers);
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(process)
                        .taskDefinitionKey(DocumentReceiptProcess.TASK_SIGN_FOR)
                        .finished()
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_event where distribution_id = ? and type = 'SIGNED'",
                        Integer.class,
                        id))
                .as("one sign-for recorded")
                .isEqualTo(1);
    }

    /**
     * Two units of the same send batch sign for at the same moment: each acts on its own copy, so both succeed
     * (their receipts' ends are counted by the batch afterwards, in jobs of their own).
     */
    @Test
    void twoUnitsSigningForTheSameDocumentAtOnceBothSucceed() throws Exception {
        String firstUnit = ownRecipient();
        String secondUnit = ownRecipient();
        long firstUnitId = organization.unitByCode(firstUnit).orElseThrow().id();
        long secondUnitId = organization.unitByCode(secondUnit).orElseThrow().id();
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于开展两单位同时签收核查的通知",
                List.of(
                        new RecipientEntry(firstUnitId, RecipientKind.MAIN, 1),
                        new RecipientEntry(secondUnitId, RecipientKind.MAIN, 1)));
        chain.confirmAndSend(documentId);
        String sql = "select id from receipt_distribution where document_id = ? and unit_id = ?";
        long first = jdbc.queryForObject(sql, Long.class, documentId, firstUnitId);
        long second = jdbc.queryForObject(sql, Long.class, documentId, secondUnitId);
        RealHttp firstClerk = RealHttp.basic(port, OwnUnits.login(firstUnit, Role.CLERK));
        RealHttp secondClerk = RealHttp.basic(port, OwnUnits.login(secondUnit, Role.CLERK));
        List<Callable<HttpResponse<String>>> calls = List.of(
                () -> firstClerk.json("POST", "/api/v1/inbox/" + first + "/sign-for", null),
                () -> secondClerk.json("POST", "/api/v1/inbox/" + second + "/sign-for", null));

        List<HttpResponse<String>> answers = together(calls);

        assertThat(answers)
                .as(answers.stream().map(HttpResponse::body).toList().toString())
                .extracting(HttpResponse::statusCode)
                .containsExactly(204, 204);
        assertThat(jdbc.queryForList(
                        "select state from receipt_distribution where document_id = ?", String.class, documentId))
                .containsExactly("SIGNED", "SIGNED");
        SendJobs.run(engine.getManagementService(), engine.getRuntimeService(), documentId);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                        .count())
                .as("the send ends once both receipts have been counted")
                .isZero();
    }

    private static void assertOneWonAndOneWasTold(List<HttpResponse<String>> answers) {
        List<Integer> statuses =
                answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses)
                .as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsExactly(204, 409);
        HttpResponse<String> loser =
                answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        // the loser is stopped either by the state it read (already signed) or by the race it lost
        assertThat(loser.body()).containsAnyOf(JUST_HANDLED, ALREADY_SIGNED).doesNotContain("系统内部错误");
    }

    /** The same call twice, released at the same instant. */
    private static List<HttpResponse<String>> together(Callable<HttpResponse<String>> call) throws Exception {
        return together(List.of(call, call));
    }

    /** The calls, released at the same instant. */
    private static List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A recipient unit of this test's own, with a clerk; returns its code. */
    private String ownRecipient() {
        return OwnUnits.in(context).freshUnit("SC", "清河县并发签收测试局", Role.CLERK);
    }

    private long sendTo(String unitCode, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = DocumentChain.in(context).sentTo(unitId, 1, title);
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
