package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.PdfSigning;
import org.gongwen.receipt.ReceiptKeys;
import org.gongwen.seal.SealSigningService;
import org.gongwen.seal.SealStamp;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.JfrProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issuing at county scale: rendering and signing a ten-page document, and sending one document
 * to 500 units. Writes its tables to docs/benchmarks.md; runs only with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class DocumentBenchmarkTests {

    private static final int ROUNDS = 30;
    private static final int UNITS = 500;

    /** Recipients of the warm-up send, and one-task instances started before the floor is measured. */
    private static final int WARM_UP_UNITS = 60;

    /** Floor and send take turns this many times. */
    private static final int SEND_ROUNDS = 3;

    @Autowired
    ApplicationContext context;

    @Autowired
    LayoutRenderer renderer;

    @Autowired
    PdfSigning pdfSigning;

    @Autowired
    SealSigningService sealSigning;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void renderAndSignATenPageDocument() throws IOException {
        UnitInfo unit = organization.unitByCode("Z01").orElseThrow();
        SealStamp stamp = sealSigning.stampFor(
                unit.id(),
                organization.personByUsername("z01.seal").orElseThrow().id());
        OfficialDocument document = tenPages(stamp);
        double[] render = new double[ROUNDS];
        double[] sign = new double[ROUNDS];
        double[] both = new double[ROUNDS];
        int pages = 0;
        for (int i = -5; i < ROUNDS; i++) {
            long start = System.nanoTime();
            byte[] pdf = renderer.render(document);
            long rendered = System.nanoTime();
            byte[] signed = pdfSigning.sign(pdf, stamp.signer(), "发文", "清河县");
            long end = System.nanoTime();
            if (i >= 0) {
                render[i] = (rendered - start) / 1e6;
                sign[i] = (end - rendered) / 1e6;
                both[i] = (end - start) / 1e6;
            }
            pages = countPages(signed);
        }
        assertThat(pages).isGreaterThanOrEqualTo(10);
        BenchmarkReport.write(
                "Render and sign a %d-page document".formatted(pages),
                "DocumentBenchmarkTests",
                "5 warm-up rounds, then %d; RSA-3072 seal key; times in milliseconds. Target: median under 300 ms."
                        .formatted(ROUNDS),
                List.of(
                        "| step | median | p95 | max |",
                        "|---|---|---|---|",
                        BenchmarkReport.row("lay out (GB/T 9704, PDF/A-2b, seal image)", render),
                        BenchmarkReport.row("sign (PAdES, CAdES detached)", sign),
                        BenchmarkReport.row("**render and sign**", both)));
    }

    @Test
    void sendOneDocumentToFiveHundredUnits() throws Exception {
        List<Long> units = benchmarkUnits();
        // prepared before the job executor runs: the chain runs the approval's jobs itself
        long warmUp = signedDocumentFor(units.subList(0, WARM_UP_UNITS));
        List<Long> documents = new ArrayList<>();
        for (int round = 0; round < SEND_ROUNDS; round++) {
            documents.add(signedDocumentFor(units));
        }
        // the tests switch Spring's job executor off; run the engine's own with the settings of application.yml
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.setMaxJobsPerAcquisition(10);
        if (executor instanceof DefaultJobExecutor pool) {
            pool.setCorePoolSize(4);
            pool.setMaxPoolSize(8);
            pool.setQueueSize(16);
        }
        executor.start();
        String load;
        List<TimedSend> sends = new ArrayList<>();
        List<long[]> floors = new ArrayList<>();
        long[] shape;
        try {
            // as in a server that has been running: both the floor's code and the send's are compiled first
            deployOneTaskProcess();
            startOneTaskInstances(WARM_UP_UNITS);
            sendAndWait(warmUp, WARM_UP_UNITS);
            load = BenchmarkReport.load();
            // floor and send in turns, so that both meet the same moments of a shared machine
            try (JfrProfile profile = JfrProfile.startIfAsked()) {
                for (long documentId : documents) {
                    floors.add(bareEngineCost());
                    sends.add(timedSend(documentId));
                }
            }
            shape = engineShapeCost();
        } finally {
            executor.shutdown();
        }
        List<String> rows = new ArrayList<>(List.of(
                "| round | first distribution exists | send: seconds | CPU seconds | engine floor: seconds | CPU seconds "
                        + "| send / floor |",
                "|---|---|---|---|---|---|---|"));
        for (int round = 0; round < SEND_ROUNDS; round++) {
            TimedSend send = sends.get(round);
            long[] floor = floors.get(round);
            rows.add(String.format(
                    Locale.ROOT,
                    "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× |",
                    round + 1,
                    send.firstNanos() / 1e9,
                    send.nanos() / 1e9,
                    send.cpuNanos() / 1e9,
                    floor[0] / 1e9,
                    floor[1] / 1e9,
                    (double) send.nanos() / floor[0]));
        }
        double sendMedian = median(sends.stream().mapToLong(TimedSend::nanos).toArray());
        double sendCpuMedian =
                median(sends.stream().mapToLong(TimedSend::cpuNanos).toArray());
        double floorMedian = median(floors.stream().mapToLong(f -> f[0]).toArray());
        double floorCpuMedian = median(floors.stream().mapToLong(f -> f[1]).toArray());
        rows.add(String.format(
                Locale.ROOT,
                "| **median** | | **%.2f** | %.2f | **%.2f** | %.2f | **%.1f×** |",
                sendMedian / 1e9,
                sendCpuMedian / 1e9,
                floorMedian / 1e9,
                floorCpuMedian / 1e9,
                sendMedian / floorMedian));
        rows.add(String.format(
                Locale.ROOT,
                "| engine alone, the send's shape: %d batches in jobs, each starting %d receipts in its job, each with "
                        + "two service tasks and a task with two timers and a message, no business work | | %.2f | %.2f "
                        + "| | | send (median) / shape: %.1f× |",
                UNITS / SHAPE_BATCH,
                SHAPE_BATCH,
                shape[0] / 1e9,
                shape[1] / 1e9,
                sendMedian / shape[0]));
        BenchmarkReport.write(
                "Send one document to %d units".formatted(UNITS),
                "DocumentBenchmarkTests",
                ("From the sender's confirmation until every distribution exists and every `document-receipt` waits at "
                                + "its sign-for task, with a job executor configured as in `application.yml` (10 jobs per "
                                + "acquisition, 4 to 8 threads). Each of the %d generated units has the demo county's four "
                                + "people (clerk, leader, seal custodian, technician, each with an e-mail address and a mobile), "
                                + "so every recipient's clerk gets a notice, an e-mail and a text message in the outbox. The "
                                + "floor is the engine alone starting %d instances of a one-task process, one after another. "
                                + "Before anything is timed, %d one-task starts and a send to %d of the units run once, as in a "
                                + "server that has been running (the send's and the floor's code compiled); then floor and send "
                                + "take turns, %d rounds, each send a document of its own to all %d units. Target: under 5 s on "
                                + "MySQL/MariaDB on a 2-core machine, and at most twice the floor. CPU seconds are those the "
                                + "whole JVM used meanwhile (all threads): on a shared machine they say what the work costs, the "
                                + "wall-clock seconds how long it waited for the cores. Load average when the rounds started: %s.")
                        .formatted(UNITS, UNITS, WARM_UP_UNITS, WARM_UP_UNITS, SEND_ROUNDS, UNITS, load),
                rows);
    }

    /** One timed send: until the first distribution exists, until all receipts wait, and the JVM's CPU meanwhile. */
    private record TimedSend(long firstNanos, long nanos, long cpuNanos) {}

    private TimedSend timedSend(long documentId) throws InterruptedException {
        long noticesBefore = maxId("notification_message");
        long outboxBefore = maxId("notification_outbox");
        Task confirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                .singleResult();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        engine.getTaskService().complete(confirm.getId(), Map.of("sendConfirmed", true));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long firstDistribution = 0;
        while (waitingReceipts(documentId) < UNITS && System.nanoTime() < deadline) {
            if (firstDistribution == 0 && distributions(documentId) > 0) {
                firstDistribution = System.nanoTime() - start;
            }
            // seldom enough that the counting (a task query) takes no noticeable share of the two cores
            Thread.sleep(100);
        }
        TimedSend timed = new TimedSend(firstDistribution, System.nanoTime() - start, processCpuNanos() - cpu);
        assertThat(distributions(documentId)).isEqualTo(UNITS);
        assertThat(waitingReceipts(documentId)).isEqualTo(UNITS);
        // one clerk per unit: a notice in the application, an e-mail and a text message each
        assertThat(count(
                        "select count(*) from notification_message where id > ? and link like 'inbox/%'",
                        noticesBefore))
                .isGreaterThanOrEqualTo(UNITS);
        assertThat(count("select count(*) from notification_outbox where id > ? and channel = 'EMAIL'", outboxBefore))
                .isGreaterThanOrEqualTo(UNITS);
        assertThat(count("select count(*) from notification_outbox where id > ? and channel = 'SMS'", outboxBefore))
                .isGreaterThanOrEqualTo(UNITS);
        return timed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static final int SHAPE_BATCH = 20;

    /**
     * The engine alone doing what a send makes it do, without any of our work: the send's multi-instance
     * of batches and each batch's multi-instance of receipts in jobs (as {@code document-send} and
     * {@code document-send-batch}), each receipt two service tasks and a user task with two timers and a
     * message boundary (as {@code document-receipt}). Run after the send, with the same job executor:
     * the engine's code is warm, so this is what the engine needs at least. Returns wall and CPU nanos.
     */
    private long[] engineShapeCost() throws InterruptedException {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("benchmark-receipt-shape.bpmn", receiptShape())
                .addModelInstance(
                        "benchmark-batch-shape.bpmn",
                        multiInstanceCall("benchmark-batch-shape", "benchmark-receipt-shape", SHAPE_BATCH, false))
                .addModelInstance(
                        "benchmark-send-shape.bpmn",
                        multiInstanceCall("benchmark-send-shape", "benchmark-batch-shape", UNITS / SHAPE_BATCH, true))
                .deploy();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        String send = engine.getRuntimeService()
                .startProcessInstanceByKey("benchmark-send-shape")
                .getId();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (shapeTasks() < UNITS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long[] cost = {System.nanoTime() - start, processCpuNanos() - cpu};
        assertThat(shapeTasks()).isEqualTo(UNITS);
        engine.getRuntimeService().deleteProcessInstance(send, "benchmark done");
        return cost;
    }

    private long shapeTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .processDefinitionKey("benchmark-receipt-shape")
                .count();
    }

    private static BpmnModelInstance receiptShape() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("benchmark-receipt-shape")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Register")
                .camundaExpression("${true}")
                .serviceTask("Task_Notify")
                .camundaExpression("${true}")
                .userTask("Task_SignFor")
                .camundaCandidateGroups("CLERK@BENCHMARK")
                .camundaDueDate("2099-01-01T00:00:00")
                .endEvent()
                .moveToActivity("Task_SignFor")
                .boundaryEvent("Timer_Remind")
                .cancelActivity(false)
                .timerWithDate("2099-01-01T00:00:00")
                .endEvent()
                .moveToActivity("Task_SignFor")
                .boundaryEvent("Timer_Overdue")
                .cancelActivity(false)
                .timerWithDate("2099-01-02T00:00:00")
                .endEvent()
                .moveToActivity("Task_SignFor")
                .boundaryEvent("Message_Superseded")
                .message("benchmark-superseded")
                .endEvent()
                .done();
        return model;
    }

    /**
     * A process that calls {@code called} {@code count} times at once: each call starting in a job of its
     * own, or all starting in the job that reached the calls; each call's end is a job of its own.
     */
    private static BpmnModelInstance multiInstanceCall(String key, String called, int count, boolean startInJobs) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("Activity_Calls")
                .calledElement(called)
                .multiInstance()
                .parallel()
                .cardinality(String.valueOf(count))
                .camundaAsyncAfter()
                .multiInstanceDone()
                .endEvent()
                .done();
        model.getModelElementsByType(MultiInstanceLoopCharacteristics.class).forEach(loop -> {
            loop.setCamundaExclusive(false);
            loop.setCamundaAsyncBefore(startInJobs);
        });
        return model;
    }

    private void deployOneTaskProcess() {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "benchmark-one-task.bpmn",
                        Bpmn.createExecutableProcess("benchmark-one-task")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Only")
                                .endEvent()
                                .done())
                .deploy();
    }

    /** The floor: wall and CPU nanos of {@code UNITS} one-task starts, one after another. */
    private long[] bareEngineCost() {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        startOneTaskInstances(UNITS);
        return new long[] {System.nanoTime() - start, processCpuNanos() - cpu};
    }

    private void startOneTaskInstances(int count) {
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("benchmark-one-task");
        }
    }

    /** Confirms the send of {@code documentId} and waits until its {@code recipients} receipts wait at sign-for. */
    private void sendAndWait(long documentId, int recipients) throws InterruptedException {
        Task confirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                .singleResult();
        engine.getTaskService().complete(confirm.getId(), Map.of("sendConfirmed", true));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (waitingReceipts(documentId) < recipients && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(waitingReceipts(documentId)).isEqualTo(recipients);
    }

    /**
     * CPU time the whole JVM has used (every thread, the collector's too): on a machine other builds share,
     * the wall-clock time says more about them than about the fan-out; the CPU time it costs does not.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * 500 recipient units (BM000…), each with the four people the demo county gives a unit: clerk,
     * leader, seal custodian and technician, with login, e-mail address and mobile.
     */
    private List<Long> benchmarkUnits() {
        long parent = organization.unitByCode("QHX").orElseThrow().id();
        int existing = count("select count(*) from org_unit where code like 'BM%'");
        for (int i = existing; i < UNITS; i++) {
            jdbc.update(
                    "insert into org_unit (code, full_name, short_name, kind, parent_id, doc_prefix, "
                            + "holds_physical_seal, active, sort_order) values (?, ?, ?, 'AFFILIATED_INSTITUTION', ?, null, false, "
                            + "true, 900)",
                    "BM%03d".formatted(i),
                    "清河县基准测试单位%03d".formatted(i),
                    "基准%03d".formatted(i),
                    parent);
        }
        List<Long> units = jdbc.queryForList("select id from org_unit where code like 'BM%' order by code", Long.class)
                .subList(0, UNITS);
        String passwordHash = jdbc.queryForObject(
                "select password_hash from security_account where person_id = "
                        + "(select id from org_person where username = 'z01.clerk')",
                String.class);
        String[][] staff = {{"clerk", "CLERK"}, {"leader", "LEADER"}, {"seal", "SEAL_CUSTODIAN"}, {"tech", "TECHNICIAN"}
        };
        for (int i = 0; i < UNITS; i++) {
            for (int s = 0; s < staff.length; s++) {
                String username = "bm%03d.%s".formatted(i, staff[s][0]);
                if (count("select count(*) from org_person where username = ?", username) > 0) {
                    continue;
                }
                jdbc.update(
                        "insert into org_person (username, full_name, unit_id, mobile, email, active) "
                                + "values (?, ?, ?, ?, ?, true)",
                        username,
                        "基准%03d号%s".formatted(i, s),
                        units.get(i),
                        "138%08d".formatted(i * 4 + s),
                        username + "@qinghe.gov.example");
                long person = jdbc.queryForObject("select id from org_person where username = ?", Long.class, username);
                jdbc.update("insert into org_person_role (person_id, role) values (?, ?)", person, staff[s][1]);
                jdbc.update(
                        "insert into security_account (person_id, password_hash, password_changed_at"
                                + ") values (?, ?, current_timestamp)",
                        person,
                        passwordHash);
            }
        }
        return units;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private long maxId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    private long signedDocumentFor(List<Long> units) {
        List<RecipientEntry> recipients = IntStream.range(0, units.size())
                .mapToObj(i -> new RecipientEntry(units.get(i), i < 400 ? RecipientKind.MAIN : RecipientKind.COPY, 2))
                .toList();
        return DocumentChain.in(context).signedAndAwaitingConfirmation("关于开展安全生产大检查的通知", recipients);
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

    private static int countPages(byte[] pdf) throws IOException {
        try (var document = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        }
    }

    private static OfficialDocument tenPages(SealStamp stamp) {
        List<OfficialDocument.Block> body = new ArrayList<>();
        String paragraph = "各乡镇人民政府、县直各部门要切实提高政治站位，把安全生产工作摆在突出位置，压紧压实属地管理责任、"
                + "部门监管责任和企业主体责任，全面排查整治各类风险隐患，坚决防范遏制重特大事故发生，确保人民群众生命财产安全。";
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int section = 0; section < 10; section++) {
            body.add(new OfficialDocument.Heading(1, numbers[section] + "、工作要求"));
            for (int i = 0; i < 6; i++) {
                body.add(new OfficialDocument.Paragraph(paragraph));
            }
        }
        return new OfficialDocument(
                "清河县城关镇人民政府文件",
                null,
                OfficialDocument.Urgency.NONE,
                "城政〔2026〕8号",
                null,
                "关于开展安全生产大检查的通知",
                "各村（社区）",
                body,
                List.of(),
                "清河县城关镇人民政府",
                LocalDate.now(),
                new OfficialDocument.Seal(stamp.png(), stamp.diameterMm()),
                null,
                List.of("县应急管理局"),
                "城关镇党政办",
                LocalDate.now());
    }
}
