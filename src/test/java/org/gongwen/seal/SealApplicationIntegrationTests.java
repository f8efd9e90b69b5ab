package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SampleImpressions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A seal from application to active through the REST API and the task inbox (A18-A21, A25), applied for
 * by units of the test's own ({@link OwnUnits}) and handled by the demo county's office and
 * information centre.
 */
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

    @Autowired
    SealLifecycleService seals;

    @Autowired
    AccountService accounts;

    /** A unit of the test's own with clerk, leader, seal custodian and technician; returns its code. */
    private String ownUnit(String prefix) {
        return new OwnUnits(organization, accounts, seals)
                .freshUnit(prefix, "清河县印章申领测试局", Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN, Role.TECHNICIAN);
    }

    private static String person(String code, Role role) {
        return OwnUnits.login(code, role);
    }

    private String taskOf(String username, String businessKey) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks")
                        .param("process", SealApplicationProcess.KEY)
                        .param("limit", "200")
                        .with(as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(json, "$.items[?(@.businessKey == '" + businessKey + "')].id");
        assertThat(ids).as("task of %s", username).hasSize(1);
        return ids.get(0);
    }

    private void complete(String username, String taskId, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete")
                        .with(as(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent());
    }

    static MockMultipartFile scan(byte[] data) {
        return new MockMultipartFile("impression", "印模.png", "image/png", data);
    }

    static MockHttpServletRequestBuilder application(MockMultipartFile impression, String type, String reason) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/seals/applications");
        if (impression != null) {
            request.file(impression);
        }
        return request.param("type", type).param("reason", reason);
    }

    @Test
    void a21_aSealGoesFromApplicationToActiveAndSigns() throws Exception {
        String unit = ownUnit("AA");
        String otherUnit = ownUnit("AO");
        String clerk = person(unit, Role.CLERK);
        String custodian = person(unit, Role.SEAL_CUSTODIAN);
        String json = mvc.perform(application(scan(SampleImpressions.roundSealPng(42, 600)), "OFFICIAL", "首次申领")
                        .with(as(clerk)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long sealId = ((Number) JsonPath.read(json, "$.id")).longValue();
        String key = SealApplicationProcess.businessKey(sealId);

        complete("bgs.staff", taskOf("bgs.staff", key), "{\"decision\": \"approve\", \"opinion\": \"材料齐全，同意制作\"}");
        mvc.perform(get("/api/v1/seal-archive/" + sealId + "/impression").with(as("xxzx.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(post("/api/v1/seal-archive/" + sealId + "/making").with(as("bgs.staff")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seal-archive/" + sealId + "/making").with(as("xxzx.staff")))
                .andExpect(status().isAccepted());
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        management.createJobQuery().processInstanceId(instanceId).list().forEach(j -> management.executeJob(j.getId()));
        mvc.perform(get("/api/v1/seals").with(as(custodian)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("MADE"));
        complete(custodian, taskOf(custodian, key), "{\"custodyAccepted\": true}");

        mvc.perform(get("/api/v1/seals").with(as(clerk)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].custodianId")
                        .value(organization
                                .personByUsername(custodian)
                                .orElseThrow()
                                .id()));
        assertThat(signing.sign(
                        sealId,
                        "正文".getBytes(StandardCharsets.UTF_8),
                        organization.personByUsername(custodian).orElseThrow().id()))
                .isNotEmpty();

        byte[] png = mvc.perform(get("/api/v1/seals/" + sealId + "/image").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getWidth()).isBetween(976, 1008);
        mvc.perform(get("/api/v1/seals/" + sealId + "/image").with(as(person(otherUnit, Role.CLERK))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/seals/" + sealId + "/history").with(as(clerk)))
                .andExpect(jsonPath("$[*].action").value(contains("APPLIED", "APPROVED", "MADE", "ACTIVATED")))
                .andExpect(jsonPath("$[1].actor").value("bgs.staff"))
                .andExpect(jsonPath("$[2].actor").value("xxzx.staff"))
                .andExpect(jsonPath("$[3].actor").value(custodian))
                .andExpect(jsonPath("$[1].note").value("材料齐全，同意制作"));

        mvc.perform(post("/api/v1/seal-archive/" + sealId + "/restorations")
                        .with(as("bgs.staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\": \"U盾损坏\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seal-archive/" + sealId + "/restorations")
                        .with(as("xxzx.staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\": \" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/seal-archive/" + sealId + "/restorations")
                        .with(as("xxzx.staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\": \"U盾损坏，无法读取\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/seal-archive/" + sealId).with(as("bgs.staff")))
                .andExpect(jsonPath("$.history[-1:].action").value(contains("RESTORED")))
                .andExpect(jsonPath("$.history[-1:].actor").value(contains("xxzx.staff")))
                .andExpect(jsonPath("$.certificate.issuer").value(org.hamcrest.Matchers.containsString("清河县")))
                .andExpect(jsonPath("$.impressionFilename").value("印模.png"));
        assertThat(signing.sign(
                        sealId,
                        "恢复后".getBytes(StandardCharsets.UTF_8),
                        organization.personByUsername(custodian).orElseThrow().id()))
                .isNotEmpty();
        mvc.perform(get("/api/v1/seal-archive").with(as(clerk))).andExpect(status().isForbidden());
    }

    @Test
    void a20_aRefusalReachesTheApplicantAndBadRequestsAreExplained() throws Exception {
        String unit = ownUnit("AR");
        String leader = person(unit, Role.LEADER);
        String json = mvc.perform(application(scan(SampleImpressions.roundSealPng(42, 600)), "DOCUMENT", "公文专用")
                        .with(as(leader)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("清河县印章申领测试局" + unit + "公文专用章"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String key = SealApplicationProcess.businessKey(((Number) JsonPath.read(json, "$.id")).longValue());
        complete("bgs.staff", taskOf("bgs.staff", key), "{\"decision\": \"reject\", \"opinion\": \"请先提交印模\"}");
        mvc.perform(get("/api/v1/seals").with(as(leader)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("REJECTED"));

        MockMultipartFile good = scan(SampleImpressions.roundSealPng(42, 600));
        mvc.perform(application(good, "OFFICIAL", "x").with(as(person(unit, Role.TECHNICIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(application(good, "OFFICIAL", " ").with(as(person(unit, Role.CLERK))))
                .andExpect(status().isBadRequest());
        mvc.perform(application(good, "OFFICIAL", "x").with(as("sbmj.witness"))).andExpect(status().isForbidden());
    }

    @Test
    void a19_aBadImpressionScanIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        String unit = ownUnit("AB");
        String clerk = person(unit, Role.CLERK);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = SampleImpressions.roundSealPng(42, 600);
        byte[] corrupt = java.util.Arrays.copyOf(good, 200);
        refused(clerk, scan(gif), HttpStatus.BAD_REQUEST, "PNG");
        refused(
                clerk,
                new MockMultipartFile("impression", "印模.pdf", "application/pdf", new byte[0]),
                HttpStatus.BAD_REQUEST,
                "为空");
        refused(clerk, scan(corrupt), HttpStatus.BAD_REQUEST, "损坏");
        refused(clerk, scan(new byte[11 * 1024 * 1024]), HttpStatus.PAYLOAD_TOO_LARGE, "10");
        refused(clerk, scan(SampleImpressions.ellipsePng(42, 28, 600)), HttpStatus.BAD_REQUEST, "圆");
        refused(clerk, scan(SampleImpressions.roundSealPng(20, 600)), HttpStatus.BAD_REQUEST, "20");
        refused(clerk, null, HttpStatus.BAD_REQUEST, "印模");
        assertThat(seals.sealsOfUnit(organization.unitByCode(unit).orElseThrow().id()))
                .isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(SealApplicationProcess.KEY)
                        .variableValueEquals("unitCode", unit)
                        .count())
                .isZero();

        mvc.perform(multipart("/api/v1/seals/applications/preview")
                        .file(scan(good))
                        .with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));
    }

    private void refused(String clerk, MockMultipartFile impression, HttpStatus expected, String messagePart)
            throws Exception {
        mvc.perform(application(impression, "OFFICIAL", "首次申领").with(as(clerk)))
                .andExpect(status().is(expected.value()))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(messagePart)));
    }
}
