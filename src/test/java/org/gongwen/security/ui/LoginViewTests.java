package org.gongwen.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gongwen.support.KaribuTest;
import org.gongwen.workflow.ui.TaskInboxView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LoginViewTests extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToTheChineseLoginPage() {
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(LoginView.class);
        LoginView view = (LoginView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view.texts.getForm().getTitle()).isEqualTo("登录");
        assertThat(view.texts.getForm().getUsername()).isEqualTo("用户名");
    }

    @Test
    void aLockedAccountIsToldSoOnTheLoginPage() {
        UI.getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "locked")));
        LoginForm form = _get(LoginForm.class);
        LoginView view = (LoginView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage()).contains("登录失败次数过多", "稍后再试");
    }

    @Test
    void aDatabaseThatDidNotAnswerIsNotCalledAWrongPassword() {
        UI.getCurrent()
                .navigate(
                        "login",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("error", LoginView.DATABASE_UNAVAILABLE)));
        LoginView view = (LoginView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("系统暂时无法连接数据库，请稍后重试。")
                .doesNotContain("用户名或密码错误");
    }

    @Test
    void anExpiredLoginPageAsksToLogInAgain() {
        UI.getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "expired")));
        LoginView view = (LoginView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage()).isEqualTo("登录页面已过期，请重新输入用户名和密码。");
    }

    @Test
    void aSessionThisServerDoesNotKnowIsExplainedOnTheLoginPage() {
        UI.getCurrent()
                .navigate(
                        "login",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(LoginView.SESSION_LOST, "")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("login-notice"))
                        .getText())
                .isEqualTo("登录已失效（会话已过期或服务器已切换），请重新登录。");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a36_anExpiredPasswordMustBeChangedBeforeAnythingElse() {
        jdbc.update(
                "update security_account set password_changed_at = ? where person_id = "
                        + "(select id from org_person where username = 'z17.clerk')",
                Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS)));
        login("z17.clerk");
        UI.getCurrent().navigate(TaskInboxView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ChangePasswordView.class);

        ChangePasswordView view = (ChangePasswordView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.current.setValue("wrong");
        view.next.setValue("Newpass2026");
        view.repeat.setValue("Newpass2026");
        view.save.click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确");

        view.current.setValue(org.gongwen.support.Demo.PASSWORD);
        view.next.setValue("short");
        view.repeat.setValue("short");
        view.save.click();
        assertThat(view.next.getErrorMessage()).contains("至少 8 位");

        view.next.setValue("Newpass2026");
        view.repeat.setValue("Newpass2026");
        view.save.click();
        assertThat(jdbc.queryForObject(
                                "select password_changed_at from security_account where person_id = "
                                        + "(select id from org_person where username = 'z17.clerk')",
                                Timestamp.class)
                        .toInstant())
                .isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
    }
}
