package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.gongwen.workflow.AdminModels.bpmn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.gongwen.support.IntegrationTest;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/processes end to end: ADMIN only, uploads, bad input, deploy, diff and revert. */
@IntegrationTest
class ProcessesApiIntegrationTests {

    private static final MediaType XML = MediaType.APPLICATION_XML;

    @Autowired
    MockMvc mvc;

    private static String restModel(String file) {
        return bpmn(file).replace("\"xp2-review\"", "\"xp2-rest-review\"");
    }

    @Test
    void listsDeployedProcessesAndDownloadsAVersionForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/processes").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("document-approval")))
                .andExpect(jsonPath("$[?(@.key == 'document-approval')].versions[0].deployedAt")
                        .isNotEmpty());
        mvc.perform(get("/api/v1/processes/document-approval/versions/1/bpmn").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(XML))
                .andExpect(header().string("Content-Disposition", containsString("document-approval-v1.bpmn")))
                .andExpect(content().string(containsString("id=\"document-approval\"")));
        mvc.perform(get("/api/v1/processes").with(as("z01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("z01.clerk"))
                        .contentType(XML)
                        .content(bpmn("xp2-review-v1.bpmn")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/processes/no-such-process/versions/1/bpmn").with(as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("流程 no-such-process 没有版本 1。"));
    }

    @Test
    void checksReportFindingsInChinese() throws Exception {
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("admin"))
                        .contentType(XML)
                        .content(bpmn("xp2-no-role.bpmn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].elementId").value("Task_Sweep"))
                .andExpect(jsonPath("$[0].message").value("候选组 JANITOR@${unitCode} 不对应任何角色"));
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("admin"))
                        .contentType(XML)
                        .content(bpmn("xp2-review-v1.bpmn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("admin"))
                        .contentType(MediaType.TEXT_XML)
                        .content("not xml at all"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].message").value(startsWith("第 1 行第 1 列：")));
    }

    @Test
    void wrongMediaTypeWrongFileAndHugeFilesAreRefusedClearly() throws Exception {
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("admin"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(bpmn("xp2-review-v1.bpmn")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value(startsWith("只接受 BPMN 文件")));
        mvc.perform(multipart("/api/v1/processes")
                        .file(new MockMultipartFile(
                                "file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(as("admin")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.message").value("只接受扩展名为 .bpmn 的文件。"));
        byte[] huge = new byte[ProcessAdministration.MAX_BPMN_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(post("/api/v1/processes/checks")
                        .with(as("admin"))
                        .contentType(XML)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value("请求内容过大，不能超过 2 MB。"));
    }

    @Test
    void deploysAnUploadRefusesAFaultyOneThenDiffsAndReverts() throws Exception {
        mvc.perform(post("/api/v1/processes").with(as("admin")).contentType(XML).content(bpmn("xp2-no-bean.bpmn")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("部署前检查未通过")))
                .andExpect(jsonPath("$.message").value(containsString("recordNothingDelegate")));

        String first = mvc.perform(multipart("/api/v1/processes")
                        .file(new MockMultipartFile(
                                "file",
                                "xp2-rest-review.bpmn",
                                "application/octet-stream",
                                restModel("xp2-review-v1.bpmn").getBytes(StandardCharsets.UTF_8)))
                        .with(as("admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.resourceName").value("xp2-rest-review.bpmn"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int v1 = JsonPath.read(first, "$.version");
        String second = mvc.perform(post("/api/v1/processes")
                        .param("fileName", "xp2-rest-review")
                        .with(as("admin"))
                        .contentType(XML)
                        .content(restModel("xp2-review-v2.bpmn")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int v2 = JsonPath.read(second, "$.version");
        assertThat(v2).isEqualTo(v1 + 1);

        mvc.perform(get("/api/v1/processes/xp2-rest-review/diff")
                        .param("from", "" + v1)
                        .param("to", "" + v2)
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.elementId == 'Task_Approve')].kind")
                        .value(hasItem("ADDED")))
                .andExpect(jsonPath("$.unifiedDiff[0]").value("--- xp2-rest-review v" + v1));
        mvc.perform(post("/api/v1/processes/xp2-rest-review/versions/" + v1 + "/revert")
                        .with(as("admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(v2 + 1));
        mvc.perform(post("/api/v1/processes/xp2-rest-review/versions/" + v1 + "/revert")
                        .with(as("z01.leader")))
                .andExpect(status().isForbidden());
    }

    @Test
    void camundaCockpitLetsTheAdministratorIn() throws Exception {
        int status = mvc.perform(get("/camunda/app/cockpit/default/")
                        .with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isNotIn(302, 401, 403);
        mvc.perform(get("/camunda/app/cockpit/default/")
                        .with(SecurityMockMvcRequestPostProcessors.user("z01.clerk")
                                .roles("CLERK")))
                .andExpect(status().isForbidden());
    }
}
