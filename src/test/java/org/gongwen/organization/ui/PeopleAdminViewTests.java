package org.gongwen.organization.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleAdminViewTests extends KaribuTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    @Test
    void onlyAdministratorsOpenPeopleAdministration() {
        login("b03.leader");
        UI.getCurrent().navigate(PeopleAdminView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(PeopleAdminView.class);
    }

    @Test
    void anAdministratorAddsAPersonAndChangesRoles() {
        String code = OwnUnits.freshCode("PA");
        UnitInfo unit = new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县人员测试局" + code, Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN, Role.TECHNICIAN);
        String newcomer = code.toLowerCase(Locale.ROOT) + ".clerk2";
        login("admin");
        UI.getCurrent().navigate(PeopleAdminView.class);
        PeopleAdminView view = (PeopleAdminView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.unit.setValue(organization.unit(unit.id()).orElseThrow());
        assertThat(_size(view.people)).isEqualTo(4);

        view.username.setValue(newcomer);
        view.fullName.setValue("钱新");
        view.mobile.setValue("13900002222");
        view.initialPassword.setValue("Start2026x");
        view.roles.setValue(Set.of(Role.CLERK));
        view.add.click();
        assertThat(_size(view.people)).isEqualTo(5);

        view.people.select(organization.personByUsername(newcomer).orElseThrow());
        view.selectedRoles.setValue(Set.of(Role.CLERK, Role.TECHNICIAN));
        view.saveRoles.click();
        assertThat(organization.personByUsername(newcomer).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.TECHNICIAN);
    }
}
