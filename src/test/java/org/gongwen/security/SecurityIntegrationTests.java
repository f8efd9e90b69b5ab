package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
                .andExpect(authenticated()
                        .withUsername("z02.clerk")
                        .withAuthorities(List.of(
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
    void a35_fiveFailedLoginsFromOneAddressLockThatAddressOutOfTheAccountOnly() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("z03.clerk", "wrong" + i, "10.9.0.1")).andExpect(unauthenticated());
        }
        mvc.perform(login("z03.clerk", Demo.PASSWORD, "10.9.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/v1/me")
                        .with(httpBasic("z03.clerk", Demo.PASSWORD))
                        .with(from("10.9.0.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("登录失败次数过多，已暂停从本机登录此账户，请稍后再试或联系系统管理员。"));
        // the owner at their own computer is not locked out by a stranger's guesses
        mvc.perform(login("z03.clerk", Demo.PASSWORD, "10.9.0.2")).andExpect(authenticated());
        // once the lock has run out, the right password works from the guessing address again
        jdbc.update(
                "update security_login_throttle set locked_until = ? where username = 'z03.clerk'",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        mvc.perform(login("z03.clerk", Demo.PASSWORD, "10.9.0.1")).andExpect(authenticated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_login_throttle where username = 'z03.clerk'", Integer.class))
                .isZero();
    }

    @Test
    void a35_anUnknownNameGetsTheSameAnswersAsARealAccount() throws Exception {
        for (String name : List.of("z05.tech", "no.such.person")) {
            mvc.perform(login(name, "wrong", "10.9.1.1")).andExpect(redirectedUrl("/login?error=bad"));
            for (int i = 0; i < 5; i++) {
                mvc.perform(login(name, "wrong" + i, "10.9.1.2"));
            }
            mvc.perform(login(name, "wrong", "10.9.1.2")).andExpect(redirectedUrl("/login?error=locked"));
        }
    }

    @Test
    void a35_theLoginFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "z05.leader").param("password", Demo.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=expired"));
        mvc.perform(post("/login")
                        .param("username", "z05.leader")
                        .param("password", Demo.PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(unauthenticated());
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(from(address));
    }

    /** A request from another computer, with the login form's CSRF token. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return csrf().postProcessRequest(request);
        };
    }

    @Test
    void a36_anExpiredPasswordLeavesOnlyThePasswordChange() throws Exception {
        jdbc.update(
                "update security_account set password_changed_at = ? where person_id = "
                        + "(select id from org_person where username = 'z04.clerk')",
                Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)));
        mvc.perform(formLogin("/login").user("z04.clerk").password(Demo.PASSWORD))
                .andExpect(authenticated()
                        .withAuthorities(List.of(new SimpleGrantedAuthority(GongwenPrincipal.PASSWORD_EXPIRED))));
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
}
