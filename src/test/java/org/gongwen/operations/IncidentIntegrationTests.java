package org.gongwen.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.organization.Role;
import org.gongwen.shared.CountyZone;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A31 end to end: report, handling, the restore deadline passing, paper transmission, restoration.
 * Faults are reported by units of the test's own; the information centre handles them and the county
 * office is told, as the rules name them.
 */
@IntegrationTest
class IncidentIntegrationTests {

    /** Midnight in Greenwich, eight in the morning in the county: what the report shows. */
    private static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountyZone zone;

    @Autowired
    ApplicationContext context;

    @Test
    void a31_aFaultNotRestoredInTimeSendsTheCountyToPaperUntilTheInformationCentreRestoresIt() throws Exception {
        String unit = ownUnit();
        long id = report(OwnUnits.login(unit, Role.TECHNICIAN), "收文箱打不开，提示服务器错误", SINCE);
        String processInstanceId = jdbc.queryForObject(
                "select process_instance_id from operations_incident where id = ?", String.class, id);
        Task handling =
                tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(handling.getTaskDefinitionKey()).isEqualTo(SystemFaultProcess.TASK_HANDLE);
        assertThat(tasks.getIdentityLinksForTask(handling.getId()))
                .anyMatch(link -> "INFO_CENTER".equals(link.getGroupId()));

        handle(processInstanceId, false, "数据库服务器宕机", null);
        mvc.perform(get("/api/v1/incidents/" + id).with(as("xxzx.staff")))
                .andExpect(jsonPath("$.handledBy").value("xxzx.staff"))
                .andExpect(jsonPath("$.diagnosis").value("数据库服务器宕机"))
                .andExpect(jsonPath("$.paperFrom").doesNotExist());

        // the restore deadline passes
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .singleResult()
                .getId());

        mvc.perform(get("/api/v1/incidents/current").with(as(OwnUnits.login(unit, Role.CLERK))))
                .andExpect(jsonPath("$.paperMode").value(true))
                .andExpect(jsonPath("$.incident.id").value(id));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message m join org_person p"
                                + " on p.id = m.recipient_id where p.username = 'bgs.staff' and m.title like ?",
                        Long.class,
                        "%编号 " + id + "）未能按时恢复%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_outbox where subject like ?",
                        Long.class,
                        "%编号 " + id + "）未能按时恢复%"))
                .isPositive();

        handle(processInstanceId, true, "已更换硬盘", "数据库已从备份恢复");

        mvc.perform(get("/api/v1/incidents/current").with(as(OwnUnits.login(unit, Role.CLERK))))
                .andExpect(jsonPath("$.paperMode").value(false));
        mvc.perform(get("/api/v1/incidents/" + id).with(as("bgs.staff")))
                .andExpect(jsonPath("$.restoredBy").value("xxzx.staff"))
                .andExpect(jsonPath("$.notes").value("数据库已从备份恢复"))
                .andExpect(jsonPath("$.paperFrom").exists())
                .andExpect(jsonPath("$.paperTo").exists());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where title like ?",
                        Long.class,
                        "%编号 " + id + "）已恢复%"))
                .isPositive();
        byte[] csv = mvc.perform(get("/api/v1/incidents/export.csv").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFF\"编号\"")
                .contains("\"" + id + "\",\"")
                .contains("收文箱打不开，提示服务器错误")
                .contains("\"2026-03-01 08:00:00\"");
        reportPdfShowsTheFaultAndItsTimes(id);
    }

    private void reportPdfShowsTheFaultAndItsTimes(long id) throws Exception {
        JsonNode incident =
                json.readTree(mvc.perform(get("/api/v1/incidents/" + id).with(as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        byte[] pdf = mvc.perform(get("/api/v1/incidents/" + id + "/report.pdf").with(as("bgs.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        String text = new PdfInspection(pdf).allText().replaceAll("\\s", "");
        assertThat(text)
                .contains("收文箱打不开，提示服务器错误")
                .contains("已更换硬盘")
                .contains("数据库已从备份恢复")
                .contains("故障情况")
                .contains("恢复情况")
                .contains("2026-03-0108:00:00");
        for (String field : List.of("since", "reportedAt", "paperFrom", "paperTo", "restoredAt")) {
            String time =
                    zone.formatTimeWithSeconds(Instant.parse(incident.get(field).asText()));
            assertThat(text).as(field).contains(time.replace(" ", ""));
        }
    }

    @Test
    void a31_everyHandlingRoundIsKeptInTimeOrderInTheRecordItsCsvAndItsPdf() throws Exception {
        long id = report(OwnUnits.login(ownUnit(), Role.TECHNICIAN), "公文交换服务无响应（两轮处置）", SINCE);
        String processInstanceId = jdbc.queryForObject(
                "select process_instance_id from operations_incident where id = ?", String.class, id);
        handle(processInstanceId, false, "第一轮：交换服务内存溢出", null);
        handle(processInstanceId, true, "第二轮：调整内存后重启", "交换服务已恢复");

        JsonNode incident =
                json.readTree(mvc.perform(get("/api/v1/incidents/" + id).with(as("xxzx.staff")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        JsonNode rounds = incident.get("handlings");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).get("round").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).get("diagnosis").asText()).isEqualTo("第一轮：交换服务内存溢出");
        assertThat(rounds.get(1).get("round").asInt()).isEqualTo(2);
        assertThat(rounds.get(1).get("diagnosis").asText()).isEqualTo("第二轮：调整内存后重启");
        assertThat(rounds.get(0).get("handledBy").asText()).isEqualTo("xxzx.staff");
        assertThat(Instant.parse(rounds.get(0).get("handledAt").asText()))
                .isBeforeOrEqualTo(Instant.parse(rounds.get(1).get("handledAt").asText()));
        assertThat(incident.get("diagnosis").asText())
                .as("the latest round, as before")
                .isEqualTo("第二轮：调整内存后重启");

        String csv = new String(
                mvc.perform(get("/api/v1/incidents/export.csv").with(as("admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        List<String> rows =
                csv.lines().filter(line -> line.startsWith("\"" + id + "\",")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("\"1\",\"xxzx.staff\"").contains("第一轮：交换服务内存溢出");
        assertThat(rows.get(1))
                .contains("\"2\",\"xxzx.staff\"")
                .contains("第二轮：调整内存后重启")
                .contains("交换服务已恢复");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("\"处置轮次\"");

        byte[] pdf = mvc.perform(get("/api/v1/incidents/" + id + "/report.pdf").with(as("xxzx.staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new PdfInspection(pdf).allText().replaceAll("\\s", "");
        int first = text.indexOf("第1次处置");
        int second = text.indexOf("第2次处置");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(text.indexOf("第一轮：交换服务内存溢出")).isGreaterThan(first);
        assertThat(text.indexOf("第一轮：交换服务内存溢出")).isBetween(first, second);
        assertThat(text.indexOf("第二轮：调整内存后重启")).isGreaterThan(second);
        for (JsonNode round : rounds) {
            String time = zone.formatTimeWithSeconds(
                    Instant.parse(round.get("handledAt").asText()));
            assertThat(text).contains(time.replace(" ", ""));
        }
    }

    @Test
    void a31_anExpectedRefusalIsLoggedAsOneLineWithoutAStackTrace() throws Exception {
        String clerk = OwnUnits.login(ownUnit(), Role.CLERK);
        Logger logger = (Logger) LoggerFactory.getLogger("org.gongwen.shell.web.ApiExceptionHandler");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            mvc.perform(post("/api/v1/incidents")
                            .with(as(clerk))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body("打印机故障", Instant.now().plus(1, ChronoUnit.DAYS))))
                    .andExpect(status().isBadRequest());
        } finally {
            logger.detachAppender(events);
        }
        assertThat(events.list)
                .filteredOn(e -> e.getFormattedMessage().contains("incident.error.since"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getLevel()).isIn(Level.INFO, Level.WARN);
                    assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
                    assertThat(e.getFormattedMessage())
                            .contains("POST /api/v1/incidents")
                            .contains("400");
                });
        assertThat(events.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void a31_onlyTechniciansAndClerksReportAndOnlyTheCentreTheOfficeAndAdminsReadTheReports() throws Exception {
        String clerk = OwnUnits.login(ownUnit(), Role.CLERK);
        mvc.perform(post("/api/v1/incidents")
                        .with(as("bgs.supervisor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("打印机故障", Instant.now())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents").with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents").with(as("bgs.staff"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/incidents/1/report.pdf").with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/incidents")
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("打印机故障", Instant.now().plus(1, ChronoUnit.DAYS))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请填写故障发生时间（不能晚于现在）。"));
    }

    /** A unit of the test's own with a clerk and a technician, who report its faults. */
    private String ownUnit() {
        return OwnUnits.in(context).freshUnit("OI", "清河县故障报告测试局", Role.CLERK, Role.TECHNICIAN);
    }

    private long report(String username, String what, Instant since) throws Exception {
        String response = mvc.perform(post("/api/v1/incidents")
                        .with(as(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(what, since)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode incident = json.readTree(response);
        return incident.get("id").asLong();
    }

    private String body(String what, Instant since) throws Exception {
        return json.writeValueAsString(java.util.Map.of("what", what, "since", since.toString(), "impact", "本镇收文"));
    }

    private void handle(String processInstanceId, boolean restored, String diagnosis, String notes) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        tasks.claim(task.getId(), "xxzx.staff");
        tasks.complete(task.getId(), SystemFaultProcess.handling(diagnosis, "排查处理", restored, notes));
    }
}
