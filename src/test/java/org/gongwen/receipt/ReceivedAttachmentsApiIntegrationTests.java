package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.security.internal.IssuedToken;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.RealHttp;
import org.gongwen.support.SampleAttachments;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The attachments of a received document over the office-system interface (A11.3, A14): listed with the
 * entry, how each travels and, for a separate file, its integrity; each electronic one served to the
 * recipient unit only and recorded; one on paper named with who delivers it and not served. A sending unit
 * of the test's own sends to another of its own; a third of its own is refused.
 */
@IntegrationTest
class ReceivedAttachmentsApiIntegrationTests {

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

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_3_theOfficeSystemListsAndReadsEveryAttachmentAndAPaperOneIsNamedWithItsDeliverer() throws Exception {
        byte[] xlsx = SampleAttachments.xlsx();
        byte[] pdf = SampleAttachments.pdf();
        OwnUnits own = OwnUnits.in(context);
        String unit = own.freshUnit("RA", "清河县附件接口测试局", Role.CLERK);
        String other = own.freshUnit("RA", "清河县附件接口测试局", Role.CLERK);
        long unitId = organization.unitByCode(unit).orElseThrow().id();
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于报送附件接口核对材料的通知",
                List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 2)),
                List.of(
                        new AttachmentUpload("检查表.pdf", "application/pdf", pdf),
                        new AttachmentUpload("工作方案.docx", "application/octet-stream", SampleAttachments.docx()),
                        new AttachmentUpload("统计表.xlsx", "application/octet-stream", xlsx),
                        // only the head of a file far over the limit: it goes on paper
                        new AttachmentUpload("规划图.pdf", "application/pdf", pdf, 64L * 1024 * 1024)));
        chain.confirmAndSend(documentId);
        long mine = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
        IssuedToken token = tokenFor(unit);

        mvc.perform(get("/api/v1/inbox/" + mine).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("关于报送附件接口核对材料的通知"))
                .andExpect(jsonPath("$.attachments.length()").value(4))
                .andExpect(jsonPath("$.attachments[0].name").value("检查表.pdf"))
                .andExpect(jsonPath("$.attachments[0].carriedAs").value("LAYOUT_PAGES"))
                .andExpect(jsonPath("$.attachments[1].carriedAs").value("LAYOUT_PAGES"))
                .andExpect(jsonPath("$.attachments[2].carriedAs").value("SEPARATE_FILE"))
                .andExpect(jsonPath("$.attachments[2].sizeBytes").value(xlsx.length))
                .andExpect(jsonPath("$.attachments[2].intact").value(true))
                .andExpect(jsonPath("$.attachments[3].carriedAs").value("PAPER"))
                .andExpect(jsonPath("$.attachments[3].deliveredBy")
                        .value(chain.sender().organ()));
        long xlsxId = jdbc.queryForObject(
                "select id from document_attachment where document_id = ? and name = ?",
                Long.class,
                documentId,
                "统计表.xlsx");
        long paperId = jdbc.queryForObject(
                "select id from document_attachment where document_id = ? and name = ?",
                Long.class,
                documentId,
                "规划图.pdf");

        byte[] served = mvc.perform(
                        get("/api/v1/inbox/" + mine + "/attachments/" + xlsxId).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(xlsx);
        mvc.perform(get("/api/v1/inbox/" + mine + "/attachments/" + paperId).with(bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inbox/" + mine + "/attachments/" + xlsxId).with(bearer(tokenFor(other))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForList(
                        "select detail from receipt_event where distribution_id = ? and type = ?",
                        String.class,
                        mine,
                        "INTERFACE_READ"))
                .contains("附件：统计表.xlsx");

        // the same over the real server: the recipient's token and clerk read it, nobody else does
        String path = "/api/v1/inbox/" + mine + "/attachments/" + xlsxId;
        assertThat(RealHttp.bearer(port, tokenFor(unit).token()).get(path).statusCode())
                .isEqualTo(200);
        assertThat(RealHttp.basic(port, OwnUnits.login(unit, Role.CLERK))
                        .get(path)
                        .statusCode())
                .isEqualTo(200);
        assertThat(RealHttp.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(RealHttp.bearer(port, tokenFor(other).token()).get(path).statusCode())
                .isEqualTo(404);
        assertThat(RealHttp.basic(port, OwnUnits.login(other, Role.CLERK))
                        .get(path)
                        .statusCode())
                .isEqualTo(404);
    }

    private IssuedToken tokenFor(String unitCode) {
        SignIn.as(users, "admin");
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
}
