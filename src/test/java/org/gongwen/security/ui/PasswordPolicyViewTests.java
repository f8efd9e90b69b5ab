package org.gongwen.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.gongwen.security.internal.PasswordPolicyService;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordPolicyViewTests extends KaribuTest {

    @Autowired
    PasswordPolicyService policies;

    @Test
    void a36_anAdministratorChangesThePolicyWhichAppliesAtOnce() {
        login("admin");
        UI.getCurrent().navigate(PasswordPolicyView.class);
        PasswordPolicyView view = (PasswordPolicyView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        try {
            assertThat(view.maxAgeDays.getValue()).isEqualTo(90);
            assertThat(view.maxFailedLogins.getValue()).isEqualTo(5);

            view.minLength.setValue(4);
            view.save.click();
            assertThat(view.result.getText()).isEqualTo("密码最少位数须在 8 至 64 之间。");

            view.minLength.setValue(12);
            view.maxAgeDays.setValue(60);
            view.symbol.setValue(true);
            view.save.click();
            assertThat(view.result.getText()).isEqualTo("密码策略已保存，立即生效。");
            assertThat(policies.current().passwordMinLength()).isEqualTo(12);
            assertThat(policies.current().passwordMaxAgeDays()).isEqualTo(60);
            assertThat(policies.current().requireSymbol()).isTrue();

            UI.getCurrent().navigate(ChangePasswordView.class);
            ChangePasswordView change = (ChangePasswordView)
                    UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            assertThat(change.next.getHelperText()).isEqualTo("至少 12 位，须同时包含字母和数字，须有符号");
        } finally {
            policies.reset();
        }
        assertThat(policies.current().passwordMinLength()).isEqualTo(8);
    }

    @Test
    void clerksDoNotOpenThePasswordPolicy() {
        login("z01.clerk");
        UI.getCurrent().navigate(PasswordPolicyView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(PasswordPolicyView.class);
    }
}
