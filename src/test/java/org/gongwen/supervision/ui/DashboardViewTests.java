package org.gongwen.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.supervision.internal.UnitFigures;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.SeededReceipts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 督查看板 over March 2020 seeded for two towns of the test's own (A5, A16): figures, charts and the
 * drill-down from a bar.
 */
class DashboardViewTests extends KaribuTest {

    SeededReceipts seeded;

    @BeforeEach
    void seed() {
        seeded = SeededReceipts.seed(context);
    }

    @AfterEach
    void clean() {
        seeded.remove();
    }

    @Test
    void a16_aSupervisorSeesTheUnitsAndDrillsDownFromTheChart() {
        login("bgs.supervisor");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = (DashboardView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.from.setValue(LocalDate.of(2020, 3, 1));
        view.to.setValue(LocalDate.of(2020, 3, 31));

        assertThat(_size(view.table)).isEqualTo(2);
        assertThat(view.totals.getText()).contains("送达 6 份").contains("迟收 1").contains("漏收 1");
        UnitFigures worst = _get(view.table, 0);
        assertThat(worst.unitId()).as("the least timely unit first").isEqualTo(seeded.lagging());
        assertThat(view.timeliness.option()).contains("迟收").contains(worst.unitName());
        assertThat(view.sent.option()).contains("2020-03-02");

        view.timeliness.clicked("漏收", worst.unitName());

        assertThat(view.drill.isVisible()).isTrue();
        assertThat(view.drillTitle.getText())
                .contains(worst.unitName())
                .contains("漏收")
                .contains("1 份");
        InboxEntry behind = _get(view.drill, 0);
        assertThat(behind.title()).isEqualTo("关于开展春季植树活动的通知");
        assertThat(behind.overdue()).isTrue();
    }

    @Test
    void aClerkMayNotOpenTheDashboard() {
        login("z01.clerk");
        UI.getCurrent().navigate("supervision");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(DashboardView.class);
    }
}
