package org.gongwen.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HandoverViewTests extends KaribuTest {

    @Autowired
    RuntimeService runtime;

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
        login("z18.leader");
        UI.getCurrent().navigate(HandoverView.class);
        HandoverView view = (HandoverView) currentView();
        PersonInfo clerk = view.outgoing
                .getListDataView()
                .getItems()
                .filter(p -> p.username().equals("z18.clerk"))
                .findFirst()
                .orElseThrow();
        PersonInfo tech = view.successor
                .getListDataView()
                .getItems()
                .filter(p -> p.username().equals("z18.tech"))
                .findFirst()
                .orElseThrow();
        assertThat(view.successor.getListDataView().getItems())
                .allMatch(p -> p.unitCode().equals("Z18"));

        view.start.click();
        assertThat(view.outgoing.isInvalid()).isTrue();

        view.outgoing.setValue(clerk);
        assertThat(view.roles.getValue()).isEqualTo(Set.of(Role.CLERK));
        view.successor.setValue(tech);
        view.start.click();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("handover-z18.clerk")
                        .count())
                .isEqualTo(1);
    }
}
