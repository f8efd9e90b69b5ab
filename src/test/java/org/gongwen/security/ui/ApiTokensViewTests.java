package org.gongwen.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.AccountService;
import org.gongwen.security.TokenTestUnits;
import org.gongwen.security.internal.ApiTokenInfo;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensViewTests extends KaribuTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    private ApiTokensView open(String username) {
        login(username);
        UI.getCurrent().navigate(ApiTokensView.class);
        return (ApiTokensView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void aTechnicianCreatesATokenThatIsShownOnceThenRevokesIt() {
        long unitId = new TokenTestUnits(organization, accounts).unit("XT04").id();
        ApiTokensView view = open("xt04.tech");
        assertThat(view.unit.isVisible()).isFalse();
        assertThat(view.unit.getValue().id()).isEqualTo(unitId);
        int before = _size(view.grid);

        ApiTokenCreateDialog dialog = view.openCreate();
        dialog.submit.click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("请填写令牌名称。");

        dialog.name.setValue("视图测试 OA");
        dialog.submit.click();
        String secret = dialog.token.getValue();
        assertThat(secret).startsWith("gw_").hasSize(46);
        assertThat(dialog.warning.isVisible()).isTrue();
        assertThat(dialog.warning.getText()).contains("无法再次查看");
        assertThat(dialog.copy.isVisible()).isTrue();
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        ApiTokenInfo created = _get(view.grid, 0);
        assertThat(created.name()).isEqualTo("视图测试 OA");
        assertThat(created.tokenPrefix()).isEqualTo(secret.substring(0, 8));

        dialog.done.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.token.getValue()).isEmpty();
        assertThat(view.openCreate().token.getValue()).isEmpty();

        view.grid.select(created);
        assertThat(view.revoke.isEnabled()).isTrue();
        ApiTokenRevokeDialog confirm = view.openRevoke();
        confirm.confirm.click();
        assertThat(confirm.isOpened()).isFalse();
        ApiTokenInfo revoked = _get(view.grid, 0);
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedBy()).isEqualTo("xt04.tech");
        assertThat(view.revoke.isEnabled()).isFalse();
    }

    @Test
    void anAdministratorChoosesTheUnit() {
        long unitId = new TokenTestUnits(organization, accounts).unit("XT04").id();
        ApiTokensView view = open("admin");
        assertThat(view.unit.isVisible()).isTrue();
        assertThat(view.create.isEnabled()).isFalse();
        view.unit.setValue(view.unit
                .getListDataView()
                .getItems()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow());
        assertThat(view.create.isEnabled()).isTrue();
        ApiTokenCreateDialog dialog = view.openCreate();
        dialog.name.setValue("管理员代建 OA");
        dialog.submit.click();
        assertThat(dialog.token.getValue()).startsWith("gw_");
        assertThat(view.grid.getListDataView().getItems().map(ApiTokenInfo::createdBy))
                .contains("admin");
    }

    @Test
    void clerksDoNotOpenTheTokens() {
        login("z06.clerk");
        UI.getCurrent().navigate(ApiTokensView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ApiTokensView.class);
    }
}
