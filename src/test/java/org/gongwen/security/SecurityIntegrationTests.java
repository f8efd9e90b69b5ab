package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Login, lockout and password expiry (A35, A36). Each test uses its own demo account. */
@IntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a35_loginWithTheRightPasswordSucceeds() throws Exception {
        mvc.perform(formLogin("/login").user("z02.clerk").password(Demo.PASSWORD))
                .andExpect(authenticated().withUsername("z02.clerk").withAuthorities(List.of(
                        new SimpleGrantedAuthority(GongwenPrincipal.ACTIVE),
                        new SimpleGrantedAuthority("ROLE_CLERK"))));
    }

    @Test
    void a35_wrongPasswordIsRefusedWithAReason() throws Exception {
        mvc.perform(formLogin("/login").user("z02.leader").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/api/v1/me").with(httpBasic("z02.leader", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("请先登录（用户名或密码错误）。"));
    }

    @Test
    void a35_fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("z03.clerk").password("wrong" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("z03.clerk").password(Demo.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/v1/me").with(httpBasic("z03.clerk", Demo.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("账户因多次密码错误已被锁定，请稍后再试或联系系统管理员。"));
        // once the lock has run out, the right password works again
        jdbc.update("update security_account set locked_until = ? where person_id = "
                + "(select id from org_person where username = 'z03.clerk')",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        mvc.perform(formLogin("/login").user("z03.clerk").password(Demo.PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.queryForObject("select failed_logins from security_account where person_id = "
                + "(select id from org_person where username = 'z03.clerk')", Integer.class)).isZero();
    }

    @Test
    void a36_anExpiredPasswordLeavesOnlyThePasswordChange() throws Exception {
        jdbc.update("update security_account set password_changed_at = ? where person_id = "
                + "(select id from org_person where username = 'z04.clerk')",
                Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)));
        mvc.perform(formLogin("/login").user("z04.clerk").password(Demo.PASSWORD))
                .andExpect(authenticated().withAuthorities(List.of(new SimpleGrantedAuthority(
                        GongwenPrincipal.PASSWORD_EXPIRED))));
        mvc.perform(get("/api/v1/me").with(httpBasic("z04.clerk", Demo.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("密码已过期，请先登录网页修改密码。"));
    }

    @Test
    void apiErrorsFollowTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en").with(httpBasic("z02.tech", "nope")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Log in first (wrong username or password)."));
    }

    @Test
    void engineRestAndCamundaWebappsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("z02.tech", Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/default/").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("z02.tech").roles("TECHNICIAN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/default/"))
                .andExpect(status().is3xxRedirection());
    }
}
