package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** A36: the administrator's password policy applies at once to expiry, lockout and password changes. */
@IntegrationTest
class PasswordPolicyIntegrationTests {

    private static final String STRICT = """
            {"passwordMaxAgeDays": 30, "maxFailedLogins": 3, "lockoutMinutes": 5, "passwordMinLength": 10,
             "requireMixedCase": true, "requireSymbol": true}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @AfterEach
    void backToTheDefaults() throws Exception {
        mvc.perform(delete("/api/v1/admin/password-policy").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void a36_aStricterPolicyAppliesAtTheNextLoginAndPasswordChange() throws Exception {
        PersonInfo expiring = PolicyTestUnit.person(organization, accounts, "xf01.clerk1");
        PersonInfo guessed = PolicyTestUnit.person(organization, accounts, "xf01.clerk2");
        jdbc.update(
                "update security_account set password_changed_at = ? where person_id = ?",
                Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)),
                expiring.id());
        mvc.perform(formLogin("/login").user("xf01.clerk1").password(Demo.PASSWORD))
                .andExpect(authenticated()
                        .withAuthorities(List.of(
                                new SimpleGrantedAuthority(GongwenPrincipal.ACTIVE),
                                new SimpleGrantedAuthority("ROLE_CLERK"))));

        mvc.perform(put("/api/v1/admin/password-policy")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STRICT))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/password-policy").with(as("admin")))
                .andExpect(jsonPath("$.passwordMaxAgeDays").value(30))
                .andExpect(jsonPath("$.requireSymbol").value(true));

        mvc.perform(formLogin("/login").user("xf01.clerk1").password(Demo.PASSWORD))
                .andExpect(authenticated()
                        .withAuthorities(List.of(new SimpleGrantedAuthority(GongwenPrincipal.PASSWORD_EXPIRED))));
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("xf01.clerk2").password("wrong" + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("xf01.clerk2").password(Demo.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));

        assertThatThrownBy(() -> accounts.changePassword(expiring.id(), Demo.PASSWORD, "Gongwen2027"))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "password.error.symbol");
        assertThatThrownBy(() -> accounts.changePassword(expiring.id(), Demo.PASSWORD, "gongwen@2027"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.mixedCase");
        assertThatThrownBy(() -> accounts.changePassword(expiring.id(), Demo.PASSWORD, "Gw@2027"))
                .hasFieldOrPropertyWithValue("messageKey", "password.error.weak");
        accounts.changePassword(expiring.id(), Demo.PASSWORD, "Gongwen@2027");
        accounts.changePassword(expiring.id(), "Gongwen@2027", Demo.PASSWORD);
    }

    @Test
    void a36_onlyAdministratorsSetThePolicyAndNonsenseIsRefused() throws Exception {
        mvc.perform(get("/api/v1/admin/password-policy").with(as("z01.clerk"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/password-policy")
                        .with(as("bgs.staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STRICT))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/password-policy")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STRICT.replace("\"maxFailedLogins\": 3", "\"maxFailedLogins\": 1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("锁定前允许的失败次数须在 3 至 20 次之间。"));
        mvc.perform(put("/api/v1/admin/password-policy")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(STRICT.replace("\"passwordMinLength\": 10", "\"passwordMinLength\": 6")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("密码最少位数须在 8 至 64 之间。"));
    }
}
