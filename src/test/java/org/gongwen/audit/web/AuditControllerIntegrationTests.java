package org.gongwen.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditLog;
import org.gongwen.support.Api;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Test
    void aSupervisorListsFilteredEntriesAndVerifiesTheChain() throws Exception {
        String target = record();
        mvc.perform(get("/api/v1/audit")
                        .param("targetType", "test")
                        .param("targetId", target)
                        .param("action", "PRINT")
                        .with(Api.as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].actor").value("xa.rest"))
                .andExpect(jsonPath("$.entries[0].detail").value("打印, 份号 \"1\""))
                .andExpect(jsonPath("$.entries[0].hash").isString());
        mvc.perform(get("/api/v1/audit/verification").with(Api.as("bgs.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.firstBrokenId").isEmpty());
    }

    @Test
    void theExportIsUtf8CsvWithAByteOrderMark() throws Exception {
        String target = record();
        byte[] csv = mvc.perform(get("/api/v1/audit/export.csv")
                        .param("targetId", target)
                        .with(Api.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"audit.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains(",xa.rest,,PRINT,test," + target + ",\"打印, 份号 \"\"1\"\"\",");
    }

    @Test
    void aClerkIsRefused() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(Api.as("z01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/export.csv").with(Api.as("z01.clerk"))).andExpect(status().isForbidden());
    }

    private String record() {
        String target = "xa-" + UUID.randomUUID();
        audit.record(new AuditActor("xa.rest", null), AuditAction.VIEW, "test", target, "查看");
        audit.record(new AuditActor("xa.rest", null), AuditAction.PRINT, "test", target, "打印, 份号 \"1\"");
        return target;
    }
}
