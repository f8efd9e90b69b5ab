package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators add people and change roles; the new person must change the password first. */
@IntegrationTest
class PeopleAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    IdentityService identity;

    @Test
    void a6_anAdministratorAddsAPersonWhoMustChangeThePasswordFirst() throws Exception {
        long unitId = organization.unitByCode("B01").orElseThrow().id();
        String body = """
                {"username": "b01.clerk2", "fullName": "周新", "unitId": %d, "mobile": "13900001111",
                 "email": "b01.clerk2@qinghe.gov.example", "roles": ["CLERK"], "initialPassword": "Start2026x"}
                """.formatted(unitId);
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("B01"));
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("用户名 b01.clerk2 已被使用。"));
        mvc.perform(get("/api/v1/me").with(httpBasic("b01.clerk2", "Start2026x")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("密码已过期，请先登录网页修改密码。"));
        assertThat(identity.createGroupQuery()
                        .groupMember("b01.clerk2")
                        .groupId("CLERK@B01")
                        .count())
                .isEqualTo(1);

        long id = organization.personByUsername("b01.clerk2").orElseThrow().id();
        mvc.perform(put("/api/v1/people/" + id + "/roles")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"TECHNICIAN\"]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("TECHNICIAN"));
        assertThat(identity.createGroupQuery()
                        .groupMember("b01.clerk2")
                        .groupId("CLERK@B01")
                        .count())
                .isZero();
        assertThat(identity.createGroupQuery()
                        .groupMember("b01.clerk2")
                        .groupId("TECHNICIAN@B01")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManagePeopleAndBadInputIsExplained() throws Exception {
        long unitId = organization.unitByCode("B02").orElseThrow().id();
        String body = """
                {"username": "b02.x", "fullName": "吴某", "unitId": %d, "roles": [], "initialPassword": "Start2026x"}
                """.formatted(unitId);
        mvc.perform(post("/api/v1/people")
                        .with(as("b02.leader"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/1/roles")
                        .with(as("b02.leader"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"ADMIN\"]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("b02.x", "Bad Name!")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("用户名须为 3–64 位小写字母、数字、点、下划线或连字符"));
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Start2026x", "weak")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("新密码至少 8 位，且须同时包含字母和数字"));
        assertThat(organization.personByUsername("b02.x")).isEmpty();
    }
}
