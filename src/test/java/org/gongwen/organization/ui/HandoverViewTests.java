package org.gongwen.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HandoverViewTests extends KaribuTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    private Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void aClerkMayNotOpenTheHandoverView() {
        login("z18.clerk");
        UI.getCurrent().navigate(HandoverView.class);
        assertThat(currentView()).isNotInstanceOf(HandoverView.class);
    }

    @Test
    void a32_aLeaderStartsAHandoverInTheOwnUnit() {
        String code = OwnUnits.freshCode("HV");
        new OwnUnits(organization, accounts, seals)
                .unit(code, "清河县交接测试局" + code, Role.CLERK, Role.LEADER, Role.TECHNICIAN);
        String unit = code.toLowerCase(Locale.ROOT);
        login(unit + ".leader");
        UI.getCurrent().navigate(HandoverView.class);
        HandoverView view = (HandoverView) currentView();
        PersonInfo clerk = view.outgoing
                .getListDataView()
                .getItems()
                .filter(p -> p.username().equals(unit + ".clerk"))
                .findFirst()
                .orElseThrow();
        PersonInfo tech = view.successor
                .getListDataView()
                .getItems()
                .filter(p -> p.username().equals(unit + ".tech"))
                .findFirst()
                .orElseThrow();
        assertThat(view.successor.getListDataView().getItems())
                .allMatch(p -> p.unitCode().equals(code));

        view.start.click();
        assertThat(view.outgoing.isInvalid()).isTrue();

        view.outgoing.setValue(clerk);
        assertThat(view.roles.getValue()).isEqualTo(Set.of(Role.CLERK));
        view.successor.setValue(tech);
        view.start.click();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("handover-" + unit + ".clerk")
                        .count())
                .isEqualTo(1);
    }
}
