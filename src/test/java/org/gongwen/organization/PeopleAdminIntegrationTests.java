package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators add people and change roles; the new person must change the password first. People are
 * added only to units of the test's own ({@link OwnUnits}).
 */
@IntegrationTest
class PeopleAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    IdentityService identity;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    @Test
    void a6_anAdministratorAddsAPersonWhoMustChangeThePasswordFirst() throws Exception {
        String code = OwnUnits.freshCode("PA");
        long unitId = new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县人员管理测试局" + code)
                .id();
        String username = OwnUnits.login(code, Role.CLERK) + "2";
        String body = """
                {"username": "%s", "fullName": "周新", "unitId": %d, "mobile": "13900001111",
                 "email": "%s@qinghe.gov.example", "roles": ["CLERK"], "initialPassword": "Start2026x"}
                """.formatted(username, unitId, username);
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value(code));
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("用户名 " + username + " 已被使用。"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Start2026x")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("密码已过期，请先登录网页修改密码。"));
        assertThat(identity.createGroupQuery()
                        .groupMember(username)
                        .groupId("CLERK@" + code)
                        .count())
                .isEqualTo(1);

        long id = organization.personByUsername(username).orElseThrow().id();
        mvc.perform(put("/api/v1/people/" + id + "/roles")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"TECHNICIAN\"]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("TECHNICIAN"));
        assertThat(identity.createGroupQuery()
                        .groupMember(username)
                        .groupId("CLERK@" + code)
                        .count())
                .isZero();
        assertThat(identity.createGroupQuery()
                        .groupMember(username)
                        .groupId("TECHNICIAN@" + code)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManagePeopleAndBadInputIsExplained() throws Exception {
        String code = OwnUnits.freshCode("PB");
        long unitId = new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县人员管理测试局" + code, Role.LEADER)
                .id();
        String leader = OwnUnits.login(code, Role.LEADER);
        String username = code.toLowerCase(Locale.ROOT) + ".x";
        String body = """
                {"username": "%s", "fullName": "吴某", "unitId": %d, "roles": [], "initialPassword": "Start2026x"}
                """.formatted(username, unitId);
        mvc.perform(post("/api/v1/people")
                        .with(as(leader))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/1/roles")
                        .with(as(leader))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"ADMIN\"]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(username, "Bad Name!")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("用户名须为 3–64 位小写字母、数字、点、下划线或连字符"));
        mvc.perform(post("/api/v1/people")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Start2026x", "weak")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("新密码至少 8 位，且须同时包含字母和数字"));
        assertThat(organization.personByUsername(username)).isEmpty();
    }
}
