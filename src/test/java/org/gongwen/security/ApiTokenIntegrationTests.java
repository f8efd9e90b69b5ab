package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.gongwen.organization.OrganizationService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Office-system API tokens over REST (A14.2): created by the unit's technician or an
 * administrator, shown once, stored as a hash, authenticating as the unit's office system.
 */
@IntegrationTest
class ApiTokenIntegrationTests {

    private static final String INVALID = "接口令牌无效、格式不正确或已被吊销，请联系本单位技术人员。";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    private long xt01;
    private long xt02;

    @BeforeEach
    void units() {
        TokenTestUnits units = new TokenTestUnits(organization, accounts);
        xt01 = units.unit("XT01").id();
        xt02 = units.unit("XT02").id();
    }

    private static String tokens(long unitId) {
        return "/api/v1/units/" + unitId + "/api-tokens";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String name) {
        return request.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\"}");
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private String create(String username, long unitId, String name) throws Exception {
        String body = mvc.perform(json(post(tokens(unitId)), name).with(as(username)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.token");
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a14_2_aTechniciansTokenSignsInAsTheUnitsOfficeSystem() throws Exception {
        String token = create("xt01.tech", xt01, "城关镇 OA 系统");
        assertThat(token).startsWith("gw_").hasSize(46);

        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").doesNotExist())
                .andExpect(jsonPath("$.username").value("oa@XT01"))
                .andExpect(jsonPath("$.fullName").value("城关镇 OA 系统"))
                .andExpect(jsonPath("$.unitId").value(xt01))
                .andExpect(jsonPath("$.unitCode").value("XT01"))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value(CurrentUser.OFFICE_SYSTEM));

        Map<String, Object> row =
                jdbc.queryForMap("select * from security_api_token where token_prefix = ?", token.substring(0, 8));
        assertThat(row.get("token_hash")).isEqualTo(sha256Hex(token));
        assertThat(row.get("created_by")).isEqualTo("xt01.tech");
        assertThat(row.get("last_used_at")).isNotNull();
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token.substring(8)));
    }

    @Test
    void theListShowsTheBeginningOfATokenButNeverTheSecret() throws Exception {
        String token = create("xt01.tech", xt01, "公文接口-列表");
        String list = mvc.perform(get(tokens(xt01)).with(as("xt01.tech")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(token.substring(0, 8), "公文接口-列表").doesNotContain(token.substring(8));
    }

    @Test
    void aRevokedTokenIsRefusedWithAChineseExplanation() throws Exception {
        String token = create("xt01.tech", xt01, "即将吊销");
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        Long id = jdbc.queryForObject(
                "select id from security_api_token where token_prefix = ?", Long.class, token.substring(0, 8));

        mvc.perform(delete(tokens(xt01) + "/" + id).with(as("xt01.tech"))).andExpect(status().isNoContent());

        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message").value(INVALID))
                .andExpect(jsonPath("$.path").value("/api/v1/me"));
        mvc.perform(get(tokens(xt01)).with(as("xt01.tech")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].revokedBy").value("xt01.tech"));
    }

    @Test
    void malformedAndUnknownTokensAreRefusedWithoutFallingThroughToALogin() throws Exception {
        for (String token : new String[] {"abc", "gw_short", "", "gw_" + "A".repeat(43)}) {
            mvc.perform(bearer(get("/api/v1/me"), token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(
                                    HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongwen\", error=\"invalid_token\""))
                    .andExpect(jsonPath("$.message").value(INVALID));
        }
        mvc.perform(bearer(get("/api/v1/me"), "nope").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message")
                        .value("The API token is invalid, malformed or revoked. Ask the technician of your unit."));
    }

    @Test
    void anOfficeSystemReachesOnlyTheInterfaceNotWhatPeopleMayDo() throws Exception {
        String token = create("xt01.tech", xt01, "只读接口");
        mvc.perform(bearer(get("/api/v1/units"), token)).andExpect(status().isForbidden());
        mvc.perform(bearer(get(tokens(xt01)), token)).andExpect(status().isForbidden());
        mvc.perform(bearer(json(post(tokens(xt01)), "自己造令牌"), token)).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheUnitsTechnicianOrAnAdministratorManagesItsTokens() throws Exception {
        String token = create("xt01.tech", xt01, "权限检查");
        Long id = jdbc.queryForObject(
                "select id from security_api_token where token_prefix = ?", Long.class, token.substring(0, 8));

        mvc.perform(json(post(tokens(xt01)), "他人令牌").with(as("xt02.tech")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("只能管理本单位的接口令牌。"));
        mvc.perform(get(tokens(xt01)).with(as("xt02.tech"))).andExpect(status().isForbidden());
        mvc.perform(delete(tokens(xt01) + "/" + id).with(as("xt02.tech"))).andExpect(status().isForbidden());
        // the token is not XT02's, whatever the path says
        mvc.perform(delete(tokens(xt02) + "/" + id).with(as("xt02.tech"))).andExpect(status().isNotFound());
        mvc.perform(json(post(tokens(xt01)), "收发员令牌").with(as("xt01.clerk")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("您无权执行此操作或查看此内容。"));
        mvc.perform(get(tokens(xt01)).with(as("xt01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());

        String adminsToken = create("admin", xt02, "管理员代建");
        mvc.perform(bearer(get("/api/v1/me"), adminsToken))
                .andExpect(jsonPath("$.unitCode").value("XT02"));
        mvc.perform(delete(tokens(xt01) + "/" + id).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void namesAreRequiredShortAndDistinct() throws Exception {
        mvc.perform(json(post(tokens(xt02)), "  ").with(as("xt02.tech")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请填写令牌名称。"));
        mvc.perform(json(post(tokens(xt02)), "长".repeat(65)).with(as("xt02.tech")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("令牌名称不能超过 64 个字。"));
        create("xt02.tech", xt02, "重名");
        mvc.perform(json(post(tokens(xt02)), "重名").with(as("xt02.tech")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("本单位已有名为“重名”的有效令牌，请换一个名称。"));
    }

    @Test
    void aUnitHoldsAtMostTenActiveTokens() throws Exception {
        long xt03 = new TokenTestUnits(organization, accounts).unit("XT03").id();
        for (int i = 1; i <= 10; i++) {
            create("xt03.tech", xt03, "令牌" + i);
        }
        mvc.perform(json(post(tokens(xt03)), "第十一个").with(as("xt03.tech")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("本单位已有 10 个有效令牌，已达上限，请先吊销不再使用的令牌。"));
        Long first = jdbc.queryForObject(
                "select id from security_api_token where unit_id = ? and name = '令牌1'", Long.class, xt03);
        mvc.perform(delete(tokens(xt03) + "/" + first).with(as("xt03.tech"))).andExpect(status().isNoContent());
        create("xt03.tech", xt03, "第十一个");
    }

    @Test
    void useIsRecordedAtMostOncePerMinute() throws Exception {
        String token = create("xt01.tech", xt01, "轮询");
        String prefix = token.substring(0, 8);
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        Timestamp firstUse = jdbc.queryForObject(
                "select last_used_at from security_api_token where token_prefix = ?", Timestamp.class, prefix);
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select last_used_at from security_api_token where token_prefix = ?", Timestamp.class, prefix))
                .isEqualTo(firstUse);

        Timestamp longAgo = Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES));
        jdbc.update("update security_api_token set last_used_at = ? where token_prefix = ?", longAgo, prefix);
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select last_used_at from security_api_token where token_prefix = ?", Timestamp.class, prefix))
                .isAfter(longAgo);
    }

    @Test
    void openApiDescribesTheTokenEndpointsWithExamples() throws Exception {
        String path = "$.paths['/api/v1/units/{unitId}/api-tokens']";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(path + ".get.responses['200'].content['application/json'].schema.items")
                        .exists())
                .andExpect(jsonPath(path + ".post.requestBody.content['application/json'].example.name")
                        .value("城关镇 OA 系统"))
                .andExpect(jsonPath(path + ".post.responses['201'].content['application/json'].example.token")
                        .value(org.hamcrest.Matchers.startsWith("gw_")))
                .andExpect(jsonPath(path + ".post.responses['201'].content['application/json'].schema")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{unitId}/api-tokens/{tokenId}'].delete")
                        .exists());
    }

    @Test
    void peopleStillSignInWithHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me").with(as("xt01.tech")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("xt01.tech"))
                .andExpect(jsonPath("$.roles[0]").value("TECHNICIAN"));
    }
}
