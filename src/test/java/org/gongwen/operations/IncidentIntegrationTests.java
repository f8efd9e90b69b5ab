package org.gongwen.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.gongwen.shared.CountyZone;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A31 end to end: report, handling, the restore deadline passing, paper transmission, restoration. */
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

    @Test
    void a31_aFaultNotRestoredInTimeSendsTheCountyToPaperUntilTheInformationCentreRestoresIt() throws Exception {
        long id = report("z01.tech", "收文箱打不开，提示服务器错误", SINCE);
        String processInstanceId = jdbc.queryForObject(
                "select process_instance_id from operations_incident where id = ?", String.class, id);
        Task handling = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(handling.getTaskDefinitionKey()).isEqualTo(SystemFaultProcess.TASK_HANDLE);
        assertThat(tasks.getIdentityLinksForTask(handling.getId()))
                .anyMatch(link -> "INFO_CENTER".equals(link.getGroupId()));

        handle(processInstanceId, false, "数据库服务器宕机", null);
        mvc.perform(get("/api/v1/incidents/" + id).with(as("xxzx.staff")))
                .andExpect(jsonPath("$.handledBy").value("xxzx.staff"))
                .andExpect(jsonPath("$.diagnosis").value("数据库服务器宕机"))
                .andExpect(jsonPath("$.paperFrom").doesNotExist());

        // the restore deadline passes
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers()
                .singleResult().getId());

        mvc.perform(get("/api/v1/incidents/current").with(as("b01.clerk")))
                .andExpect(jsonPath("$.paperMode").value(true))
                .andExpect(jsonPath("$.incident.id").value(id));
        assertThat(jdbc.queryForObject("select count(*) from notification_message m join org_person p"
                + " on p.id = m.recipient_id where p.username = 'bgs.staff' and m.title like ?", Long.class,
                "%编号 " + id + "）未能按时恢复%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where subject like ?", Long.class,
                "%编号 " + id + "）未能按时恢复%")).isPositive();

        handle(processInstanceId, true, "已更换硬盘", "数据库已从备份恢复");

        mvc.perform(get("/api/v1/incidents/current").with(as("b01.clerk")))
                .andExpect(jsonPath("$.paperMode").value(false));
        mvc.perform(get("/api/v1/incidents/" + id).with(as("bgs.staff")))
                .andExpect(jsonPath("$.restoredBy").value("xxzx.staff"))
                .andExpect(jsonPath("$.notes").value("数据库已从备份恢复"))
                .andExpect(jsonPath("$.paperFrom").exists())
                .andExpect(jsonPath("$.paperTo").exists());
        assertThat(jdbc.queryForObject("select count(*) from notification_message where title like ?", Long.class,
                "%编号 " + id + "）已恢复%")).isPositive();
        byte[] csv = mvc.perform(get("/api/v1/incidents/export.csv").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"编号\"").contains("\"" + id + "\",\"")
                .contains("收文箱打不开，提示服务器错误").contains("\"2026-03-01 08:00:00\"");
        reportPdfShowsTheFaultAndItsTimes(id);
    }

    private void reportPdfShowsTheFaultAndItsTimes(long id) throws Exception {
        JsonNode incident = json.readTree(mvc.perform(get("/api/v1/incidents/" + id).with(as("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        byte[] pdf = mvc.perform(get("/api/v1/incidents/" + id + "/report.pdf").with(as("bgs.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        String text = new PdfInspection(pdf).allText().replaceAll("\\s", "");
        assertThat(text).contains("收文箱打不开，提示服务器错误").contains("已更换硬盘").contains("数据库已从备份恢复")
                .contains("故障情况").contains("恢复情况").contains("2026-03-0108:00:00");
        for (String field : List.of("since", "reportedAt", "paperFrom", "paperTo", "restoredAt")) {
            String time = zone.formatTimeWithSeconds(Instant.parse(incident.get(field).asText()));
            assertThat(text).as(field).contains(time.replace(" ", ""));
        }
    }

    @Test
    void a31_onlyTechniciansAndClerksReportAndOnlyTheCentreTheOfficeAndAdminsReadTheReports() throws Exception {
        mvc.perform(post("/api/v1/incidents").with(as("bgs.supervisor")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("打印机故障", Instant.now())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents").with(as("z01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents").with(as("bgs.staff"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/incidents/1/report.pdf").with(as("z01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/incidents").with(as("z01.clerk")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("打印机故障", Instant.now().plus(1, ChronoUnit.DAYS))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请填写故障发生时间（不能晚于现在）。"));
    }

    private long report(String username, String what, Instant since) throws Exception {
        String response = mvc.perform(post("/api/v1/incidents").with(as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(body(what, since)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
