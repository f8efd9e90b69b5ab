package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.security.internal.IssuedToken;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The inbox over REST (A14): a unit's office system with its API token lists, reads (its read is
 * the receipt, A14.2) and acknowledges; another unit's document is 404, a revoked token 401; the
 * clerk's human actions with HTTP Basic: checks, print within the quota, return, reissue request. Documents
 * come from a sending unit of the test's own to recipient units of its own.
 */
@IntegrationTest
class InboxApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** Sends as a unit of the test's own ({@link DocumentChain#sender()}). */
    DocumentChain chain;

    @BeforeEach
    void chain() {
        chain = DocumentChain.in(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a14_anOfficeSystemReadsItsUnitsInboxAndItsReadIsTheReceipt() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String unit = ownRecipient();
        long mine = sendTo(unit, 2, "关于开展办公系统对接测试的通知");
        long others = sendTo(ownRecipient(), 2, "关于其他单位收文的通知");
        IssuedToken token = tokenFor(unit);

        mvc.perform(get("/api/v1/inbox").param("since", before.toString()).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].distributionId", hasItem((int) mine)))
                .andExpect(jsonPath("$.items[*].distributionId", not(hasItem((int) others))));
        mvc.perform(get("/api/v1/inbox")
                        .param("since", Instant.now().plusSeconds(60).toString())
                        .with(bearer(token)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/inbox/" + mine).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("关于开展办公系统对接测试的通知"))
                .andExpect(jsonPath("$.receivedAt").doesNotExist());
        mvc.perform(get("/api/v1/inbox/" + others).with(bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/v1/inbox/" + others + "/layout.pdf").with(bearer(token)))
                .andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(get("/api/v1/inbox/" + mine + "/layout.pdf").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Map<String, Object> received =
                jdbc.queryForMap("select received_at, received_via from receipt_distribution " + "where id = ?", mine);
        assertThat(received.get("received_via")).isEqualTo("INTERFACE");
        mvc.perform(get("/api/v1/inbox/" + mine + "/layout.pdf").with(bearer(token)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select received_at from receipt_distribution where id = ?", Object.class, mine))
                .as("the receipt time is set once")
                .isEqualTo(received.get("received_at"));

        mvc.perform(post("/api/v1/inbox/" + mine + "/acknowledge").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distributionId").value(mine));
        mvc.perform(post("/api/v1/inbox/" + mine + "/sign-for").with(bearer(token)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList(
                        "select type from receipt_event where distribution_id = ? order by id", String.class, mine))
                .contains("INTERFACE_READ", "RECEIVED", "ACKNOWLEDGED");

        signIn("admin");
        tokens.revoke(token.id());
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/inbox").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void a11_2_aClerkChecksPrintsWithinTheQuotaReturnsAndAsksForAResendOverRest() throws Exception {
        String unit = ownRecipient();
        String clerk = OwnUnits.login(unit, Role.CLERK);
        long id = sendTo(unit, 1, "关于开展接口打印测试的通知");

        mvc.perform(get("/api/v1/inbox/" + id + "/checks").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[*].passed", not(hasItem(false))))
                .andExpect(jsonPath("$[0].label").value("发文单位"));
        mvc.perform(post("/api/v1/inbox/" + id + "/prints").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Official", "true"))
                .andExpect(header().string("X-Copy-Number", "1"))
                .andExpect(header().string("X-Remaining-Quota", "0"))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(post("/api/v1/inbox/" + id + "/prints").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Official", "false"))
                .andExpect(header().doesNotExist("X-Copy-Number"));
        mvc.perform(post("/api/v1/inbox/" + id + "/prints").with(as(OwnUnits.login(unit, Role.LEADER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inbox/" + id + "/prints").with(as(OwnUnits.login(ownRecipient(), Role.CLERK))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inbox/" + id + "/prints")
                        .with(as(OwnUnits.login(chain.sender().code(), Role.CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].copyNumber").value(1))
                .andExpect(jsonPath("$[1].official").value(false));

        mvc.perform(post("/api/v1/inbox/" + id + "/return")
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("退回时请写明原因。"));
        mvc.perform(post("/api/v1/inbox/" + id + "/reissue-requests")
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"EXTRA_COPIES\", \"extraCopies\": 2, \"reason\": \"需分送两个村委会\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.extraCopies").value(2));
        mvc.perform(post("/api/v1/inbox/" + id + "/sign-for").with(as(clerk))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/inbox/" + id + "/detail").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.state").value("SIGNED"))
                .andExpect(jsonPath("$.entry.receivedVia").value("PRINT"))
                .andExpect(jsonPath("$.reissueRequests[0].kind").value("EXTRA_COPIES"));
        mvc.perform(get("/api/v1/inbox").param("size", "1000").with(as(clerk))).andExpect(status().isBadRequest());
    }

    @Test
    void theInterfaceIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/inbox'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/inbox/{id}/layout.pdf'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox/{id}/acknowledge'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox/{id}/prints'].post").exists());
    }

    /** A recipient unit of the test's own with clerk and leader; returns its code. */
    private String ownRecipient() {
        return OwnUnits.in(context).freshUnit("IA", "清河县收文接口测试局", Role.CLERK, Role.LEADER);
    }

    private IssuedToken tokenFor(String unitCode) {
        signIn("admin");
        try {
            return tokens.create(organization.unitByCode(unitCode).orElseThrow().id(), "收文接口 " + System.nanoTime());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static RequestPostProcessor bearer(IssuedToken token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.token());
            return request;
        };
    }

    private long sendTo(String unitCode, int quota, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = chain.sentTo(unitId, quota, title);
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }
}
