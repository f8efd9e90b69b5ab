package org.gongwen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.gongwen.audit.internal.AuditFilter;
import org.gongwen.audit.internal.AuditSearch;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Security- and document-relevant actions reach the audit log where they happen (A29). */
@IntegrationTest
class AuditWiringIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditSearch search;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

    @Autowired
    PrintService printing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFailedLoginIsRecordedUnderTheUsernameTried() throws Exception {
        String username = "xa.nobody-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());

        List<AuditEntryInfo> entries = asAdmin(() ->
                search.find(new AuditFilter(null, null, username, AuditAction.LOGIN_FAILED, null, null, null), 0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.targetId()).isEqualTo(username);
            assertThat(e.detail()).isEqualTo("BadCredentialsException").doesNotContain("wrong");
            assertThat(e.clientAddress()).isNotBlank();
        });
    }

    @Test
    void aLogoutIsRecorded() throws Exception {
        String clerk = OwnUnits.login(OwnUnits.in(context).freshUnit("XA", "清河县审计登出测试局", Role.CLERK), Role.CLERK);
        GongwenPrincipal principal = (GongwenPrincipal) users.loadUserByUsername(clerk);
        var token = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        mvc.perform(post("/logout").with(csrf()).with(authentication(token))).andExpect(status().is3xxRedirection());
        assertThat(logoutsOf(clerk)).isEqualTo(1);
    }

    private long logoutsOf(String username) {
        return asAdmin(() -> search.count(new AuditFilter(null, null, username, AuditAction.LOGOUT, null, null, null)));
    }

    @Test
    void aPrintIsRecordedWithThePersonTheirUnitAndTheDistribution() {
        String code = OwnUnits.in(context).freshUnit("XA", "清河县审计打印测试局", Role.CLERK);
        long unitId = organization.unitByCode(code).orElseThrow().id();
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于审计日志测试的通知", List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 1)));
        chain.confirmAndSend(documentId);
        long distributionId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
        String clerk = OwnUnits.login(code, Role.CLERK);
        signIn(clerk);
        printing.print(distributionId, "10.0.20.7");

        List<AuditEntryInfo> prints = asAdmin(() -> search.find(
                new AuditFilter(
                        null, null, null, AuditAction.PRINT, null, "distribution", Long.toString(distributionId)),
                0,
                10));
        assertThat(prints).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(clerk);
            assertThat(e.actorUnitId()).isEqualTo(unitId);
        });
        List<AuditEntryInfo> seals = asAdmin(() -> search.find(
                new AuditFilter(null, null, null, AuditAction.SEAL_USE, null, "document", Long.toString(documentId)),
                0,
                10));
        assertThat(seals).as("the seal used when the document was signed").hasSize(1);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "xa-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }
}
