package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A seal from application to active through the REST API and the task inbox (A18-A21, A25). */
@IntegrationTest
class SealApplicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManagementService management;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    SealSigningService signing;

    @Autowired
    OrganizationService organization;

    private String taskOf(String username, String businessKey) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("process", SealApplicationProcess.KEY).param("limit", "200")
                .with(as(username))).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json, "$.items[?(@.businessKey == '" + businessKey + "')].id");
        assertThat(ids).as("task of %s", username).hasSize(1);
        return ids.get(0);
    }

    private void complete(String username, String taskId, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(as(username))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNoContent());
    }

    @Test
    void a21_aSealGoesFromApplicationToActiveAndSigns() throws Exception {
        String json = mvc.perform(post("/api/v1/seals/applications").with(as("b17.clerk"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"OFFICIAL\", \"reason\": \"首次申领\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andReturn().getResponse().getContentAsString();
        long sealId = ((Number) JsonPath.read(json, "$.id")).longValue();
        String key = SealApplicationProcess.businessKey(sealId);

        complete("bgs.staff", taskOf("bgs.staff", key), "{\"decision\": \"approve\", \"opinion\": \"材料齐全，同意制作\"}");
        complete("xxzx.staff", taskOf("xxzx.staff", key), "{\"makingChecked\": true}");
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        management.createJobQuery().processInstanceId(instanceId).list().forEach(j -> management.executeJob(j.getId()));
        mvc.perform(get("/api/v1/seals").with(as("b17.seal"))).andExpect(jsonPath("$[0].status").value("MADE"));
        complete("b17.seal", taskOf("b17.seal", key), "{\"custodyAccepted\": true}");

        mvc.perform(get("/api/v1/seals").with(as("b17.clerk")))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].custodianId").value(organization.personByUsername("b17.seal").orElseThrow().id()));
        assertThat(signing.sign(sealId, "正文".getBytes(StandardCharsets.UTF_8),
                organization.personByUsername("b17.seal").orElseThrow().id())).isNotEmpty();
    }

    @Test
    void a20_aRefusalReachesTheApplicantAndBadRequestsAreExplained() throws Exception {
        String json = mvc.perform(post("/api/v1/seals/applications").with(as("b18.leader"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"DOCUMENT\", \"reason\": \"公文专用\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("清河县审计局公文专用章"))
                .andReturn().getResponse().getContentAsString();
        String key = SealApplicationProcess.businessKey(((Number) JsonPath.read(json, "$.id")).longValue());
        complete("bgs.staff", taskOf("bgs.staff", key), "{\"decision\": \"reject\", \"opinion\": \"请先提交印模\"}");
        mvc.perform(get("/api/v1/seals").with(as("b18.leader"))).andExpect(jsonPath("$[0].status").value("REJECTED"));

        mvc.perform(post("/api/v1/seals/applications").with(as("b18.tech"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"OFFICIAL\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seals/applications").with(as("b18.clerk"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"OFFICIAL\", \"reason\": \" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/seals/applications").with(as("sbmj.witness"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"OFFICIAL\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
    }
}
