package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.security.internal.VerifiedCredentialCache;
import org.gongwen.support.Demo;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16: HTTP Basic pollers pay one bcrypt check, not one per request; a wrong password, a
 * password change and a lockout are never answered from the remembered passwords, and a change
 * of roles or a deactivation applies at the next request. {@link VerifiedCredentialCache#passwordChecks()} counts the encoder's real checks.
 */
@IntegrationTest
class VerifiedCredentialCacheIntegrationTests {

    private static final String NEW_PASSWORD = "Gongwen@2031";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    VerifiedCredentialCache verified;

    @Autowired
    UserDetailsService users;

    @Test
    void aSecondBasicRequestWithTheSameCredentialsSkipsBcrypt() throws Exception {
        PolicyTestUnit.person(organization, accounts, "xf01.poller1");
        me("xf01.poller1", Demo.PASSWORD).andExpect(status().isOk());

        long checks = verified.passwordChecks();
        for (int i = 0; i < 5; i++) {
            me("xf01.poller1", Demo.PASSWORD)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value("xf01.poller1"));
        }

        assertThat(verified.passwordChecks()).isEqualTo(checks);
    }

    @Test
    void aWrongPasswordNeverHitsTheCacheAndCountsTowardTheLockout() throws Exception {
        PolicyTestUnit.person(organization, accounts, "xf01.poller2");
        me("xf01.poller2", Demo.PASSWORD).andExpect(status().isOk());
        long checks = verified.passwordChecks();

        me("xf01.poller2", Demo.PASSWORD + "x").andExpect(status().isUnauthorized());
        me("xf01.poller2", Demo.PASSWORD + "x").andExpect(status().isUnauthorized());

        assertThat(verified.passwordChecks()).isEqualTo(checks + 2);
        assertThat(jdbc.queryForObject(
                        "select failures from security_login_throttle where username = ?",
                        Integer.class,
                        "xf01.poller2"))
                .isEqualTo(2);
        me("xf01.poller2", Demo.PASSWORD).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_login_throttle where username = ?",
                        Integer.class,
                        "xf01.poller2"))
                .as("the success clears the failures")
                .isZero();
    }

    /** A poller's requests within a minute write nothing: no connection and commit for bookkeeping per request. */
    @Test
    void aPollersRequestsWithinAMinuteRecordTheLoginOnce() throws Exception {
        PolicyTestUnit.person(organization, accounts, "xf01.poller3");
        me("xf01.poller3", Demo.PASSWORD).andExpect(status().isOk());
        String person = "(select id from org_person where username = 'xf01.poller3')";
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_account where last_login_at is not null and " + "person_id = "
                                + person,
                        Integer.class))
                .isOne();
        jdbc.update("update security_account set last_login_at = null where person_id = " + person);

        for (int i = 0; i < 3; i++) {
            me("xf01.poller3", Demo.PASSWORD).andExpect(status().isOk());
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from security_account where last_login_at is null and " + "person_id = "
                                + person,
                        Integer.class))
                .isOne();
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsRefusedAtOnce() throws Exception {
        PersonInfo person = PolicyTestUnit.person(organization, accounts, "xf01.poller3");
        me("xf01.poller3", Demo.PASSWORD).andExpect(status().isOk());
        me("xf01.poller3", Demo.PASSWORD).andExpect(status().isOk());

        accounts.changePassword(person.id(), Demo.PASSWORD, NEW_PASSWORD);

        me("xf01.poller3", Demo.PASSWORD).andExpect(status().isUnauthorized());
        me("xf01.poller3", NEW_PASSWORD).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangedBehindThisNodesBackIsRefusedToo() throws Exception {
        PersonInfo person = PolicyTestUnit.person(organization, accounts, "xf01.poller4");
        me("xf01.poller4", Demo.PASSWORD).andExpect(status().isOk());

        // as another node would: only the database knows of the change
        jdbc.update(
                "update security_account set password_hash = ? where person_id = ?",
                accounts.hash(NEW_PASSWORD),
                person.id());

        me("xf01.poller4", Demo.PASSWORD).andExpect(status().isUnauthorized());
        me("xf01.poller4", NEW_PASSWORD).andExpect(status().isOk());
    }

    @Test
    void afterALockoutTheRightPasswordIsRefusedAtOnceAndElsewhereCheckedAgain() throws Exception {
        PolicyTestUnit.person(organization, accounts, "xf01.poller5");
        me("xf01.poller5", Demo.PASSWORD).andExpect(status().isOk());
        me("xf01.poller5", Demo.PASSWORD, from("10.16.0.5")).andExpect(status().isOk());
        int maxFailures = jdbc.queryForObject("select count(*) from security_password_policy", Integer.class) == 0
                ? 5
                : jdbc.queryForObject("select max_failed_logins from security_password_policy", Integer.class);

        for (int i = 0; i < maxFailures; i++) {
            me("xf01.poller5", "wrong" + i).andExpect(status().isUnauthorized());
        }

        me("xf01.poller5", Demo.PASSWORD)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("登录失败次数过多")));
        long checks = verified.passwordChecks();
        me("xf01.poller5", Demo.PASSWORD, from("10.16.0.5")).andExpect(status().isOk());
        assertThat(verified.passwordChecks())
                .as("the lockout forgot the name's remembered passwords")
                .isEqualTo(checks + 1);
    }

    @Test
    void aChangeOfRolesAndADeactivationApplyAtTheNextRequestThoughThePasswordIsRemembered() throws Exception {
        PersonInfo person = PolicyTestUnit.person(organization, accounts, "xf01.poller6");
        me("xf01.poller6", Demo.PASSWORD).andExpect(status().isOk());
        long checks = verified.passwordChecks();

        SignIn.as(users, "admin");
        try {
            organization.changeRoles(person.id(), EnumSet.of(Role.CLERK, Role.LEADER));
        } finally {
            SecurityContextHolder.clearContext();
        }
        me("xf01.poller6", Demo.PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.hasItem("LEADER")));

        jdbc.update("update org_person set active = false where id = ?", person.id());
        me("xf01.poller6", Demo.PASSWORD).andExpect(status().isUnauthorized());
        assertThat(verified.passwordChecks())
                .as("the person is read afresh; the password was not checked again")
                .isEqualTo(checks);
    }

    private ResultActions me(String username, String password, RequestPostProcessor... more) throws Exception {
        var request = get("/api/v1/me").with(httpBasic(username, password));
        for (RequestPostProcessor p : more) {
            request = request.with(p);
        }
        return mvc.perform(request);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
