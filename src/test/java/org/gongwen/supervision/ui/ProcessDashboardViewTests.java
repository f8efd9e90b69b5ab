package org.gongwen.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.AccountService;
import org.gongwen.supervision.SeededProcessHistory;
import org.gongwen.supervision.internal.ProcessFigures;
import org.gongwen.supervision.internal.StepWaits;
import org.gongwen.supervision.internal.WaitingInstance;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 流程看板 over a seeded June 2021 (A5, A16): figures in the address, a step's waiting list, a timeline. */
class ProcessDashboardViewTests extends KaribuTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    SeededProcessHistory seeded;

    @BeforeEach
    void seed() {
        seeded = SeededProcessHistory.seed(engine, organization, accounts);
    }

    @AfterEach
    void clean() {
        seeded.remove();
    }

    @Test
    void a16_theAddressOpensAProcessAndAStepAndARowShowsItsTimeline() {
        login("bgs.supervisor");
        UI.getCurrent()
                .navigate(
                        "supervision/processes",
                        QueryParameters.simple(Map.of(
                                "from",
                                "2021-06-01",
                                "to",
                                "2021-06-30",
                                "process",
                                seeded.key,
                                "step",
                                "Task_Second")));
        ProcessDashboardView view = (ProcessDashboardView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        ProcessFigures row = IntStream.range(0, _size(view.processes))
                .mapToObj(i -> _get(view.processes, i))
                .filter(p -> p.key().equals(seeded.key))
                .findFirst()
                .orElseThrow();
        assertThat(row.started()).isEqualTo(5);
        assertThat(view.processTitle.getText()).isEqualTo("看板测试流程");
        assertThat(view.processSummary.getText()).contains("期间发起 5 件").contains("当前在办 3 件");
        StepWaits first = _get(view.steps, 0);
        assertThat(first.name()).isEqualTo("甲步骤");
        assertThat(first.slowest()).isTrue();
        assertThat(view.waiting.title.getText()).contains("乙步骤").contains("当前等待 2 件");
        assertThat(_size(view.waiting.waiting)).isEqualTo(2);
        WaitingInstance waiting = _get(view.waiting.waiting, 0);
        assertThat(waiting.unitName()).isEqualTo("看板甲单位" + seeded.suffix);

        _clickItem(view.waiting.waiting, 0);

        assertThat(view.waiting.timeline.isVisible()).isTrue();
        assertThat(view.waiting.timelineTitle.getText()).startsWith("办理经过：看板测试公文");
        assertThat(_size(view.waiting.timeline)).isEqualTo(3);

        view.diagram.stepClicked("Task_First");
        assertThat(view.waiting.title.getText()).contains("甲步骤").contains("当前等待 1 件");
        assertThat(_get(view.waiting.waiting, 0).candidates()).isEqualTo("LEADER@PDV" + seeded.suffix);
    }

    @Test
    void aClerkMayNotOpenTheProcessDashboard() {
        login("z01.clerk");
        UI.getCurrent().navigate("supervision/processes");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ProcessDashboardView.class);
    }
}
