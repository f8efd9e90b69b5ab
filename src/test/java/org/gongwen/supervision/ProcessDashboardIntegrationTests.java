package org.gongwen.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.AccountService;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.DeskLoad;
import org.gongwen.supervision.internal.OpenWork;
import org.gongwen.supervision.internal.ProcessDashboard;
import org.gongwen.supervision.internal.ProcessFigures;
import org.gongwen.supervision.internal.ProcessTimeline;
import org.gongwen.supervision.internal.StepWaits;
import org.gongwen.supervision.internal.TimelineStep;
import org.gongwen.supervision.internal.WaitingInstance;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RealHttp;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The process dashboard's figures against hand counts (A5, A16) on the history of
 * {@link SeededProcessHistory}: counts, medians and 90th percentiles in working hours, the period,
 * a unit leader's scope, and the roles over the real server.
 */
@IntegrationTest
class ProcessDashboardIntegrationTests {

    static final DashboardFilter JUNE = new DashboardFilter(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30), null);

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDashboard dashboard;

    @Autowired
    OrganizationService organization;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    SeededProcessHistory h;
    String key;

    @BeforeEach
    void seed() {
        h = SeededProcessHistory.seed(engine, organization, accounts);
        key = h.key;
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        h.remove();
    }

    @Test
    void a16_countsMediansAndPercentilesMatchTheHandCountInWorkingHours() {
        SignIn.as(users, "bgs.supervisor");
        ProcessFigures figures = dashboard.process(key, JUNE);
        assertThat(List.of(figures.started(), figures.running(), figures.completed()))
                .containsExactly(5L, 3L, 2L);
        assertThat(figures.name()).isEqualTo("看板测试流程");
        assertThat(figures.steps()).extracting(StepWaits::name).containsExactly("甲步骤", "乙步骤");
        StepWaits first = figures.steps().get(0);
        assertThat(List.of(first.waitingNow(), first.ended())).containsExactly(1L, 4L);
        assertThat(first.medianHours()).isEqualTo(2.0);
        assertThat(first.p90Hours()).isEqualTo(9.0);
        assertThat(first.slowest()).isTrue();
        StepWaits second = figures.steps().get(1);
        assertThat(List.of(second.waitingNow(), second.ended())).containsExactly(2L, 2L);
        assertThat(List.of(second.medianHours(), second.p90Hours())).containsExactly(1.0, 1.0);
        assertThat(second.slowest()).isFalse();
        assertThat(dashboard.processes(JUNE))
                .filteredOn(p -> p.key().equals(key))
                .singleElement()
                .isEqualTo(figures);

        ProcessFigures may =
                dashboard.process(key, new DashboardFilter(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31), null));
        assertThat(List.of(may.started(), may.completed())).containsExactly(1L, 1L);
        assertThat(may.steps().get(0).medianHours()).isEqualTo(1.0);

        List<WaitingInstance> waiting = dashboard.waiting(key, "Task_Second");
        assertThat(waiting).extracting(WaitingInstance::unitName).containsOnly("看板甲单位" + h.suffix);
        assertThat(waiting).extracting(WaitingInstance::assigneeName).containsOnly("甲文书");
        assertThat(waiting)
                .extracting(WaitingInstance::subject)
                .containsExactlyInAnyOrder("看板测试公文 06-07 08:30", "看板测试公文 06-10 17:00");
        assertThat(dashboard.waiting(key, "Task_First")).singleElement().satisfies(w -> {
            assertThat(w.unitName()).isEqualTo("看板乙单位" + h.suffix);
            assertThat(w.assignee()).isNull();
            assertThat(w.candidates()).isEqualTo("LEADER@PDV" + h.suffix);
        });

        ProcessTimeline timeline = dashboard.timeline(h.i3);
        assertThat(timeline.steps())
                .extracting(TimelineStep::activityId)
                .containsExactly("Start", "Task_First", "Task_Second", "End");
        assertThat(timeline.steps().get(1).workingHours()).isEqualTo(9.0);
        assertThat(timeline.steps().get(2).assigneeName()).isEqualTo("乙文书");
        assertThat(timeline.steps().get(2).workingHours()).isEqualTo(1.0);
        assertThat(timeline.unitName()).isEqualTo("看板乙单位" + h.suffix);
    }

    @Test
    void a5_aUnitLeaderSeesOnlyTheirUnitsInstancesAndPeople() {
        SignIn.as(users, h.leaderU);
        ProcessFigures figures = dashboard.process(key, JUNE);
        assertThat(List.of(figures.started(), figures.running(), figures.completed()))
                .containsExactly(3L, 2L, 1L);
        StepWaits first = figures.steps().get(0);
        assertThat(List.of(first.waitingNow(), first.ended())).containsExactly(0L, 3L);
        assertThat(List.of(first.medianHours(), first.p90Hours())).containsExactly(2.0, 4.0);
        assertThat(dashboard.waiting(key, "Task_First")).isEmpty();
        assertThat(dashboard.waiting(key, "Task_Second"))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w.unitId()).isEqualTo(h.unitU));
        OpenWork work = dashboard.openWork();
        assertThat(work.units()).extracting(DeskLoad::unitId).containsOnly(h.unitU);
        assertThat(work.people()).extracting(DeskLoad::personUsername).containsExactly(h.clerkU);
        assertThat(work.people().get(0).open()).isEqualTo(2);
        assertThat(dashboard.timeline(h.i2).unitId()).isEqualTo(h.unitU);
        assertThatThrownBy(() -> dashboard.timeline(h.i3)).isInstanceOf(BusinessException.class);

        SignIn.as(users, h.clerkU);
        assertThatThrownBy(() -> dashboard.process(key, JUNE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a5_overTheRealServerAClerkGets403FromTheApiALeaderOnlyTheirUnit() throws Exception {
        RealHttp clerk = RealHttp.basic(port, h.clerkU);
        for (String path : List.of(
                "/api/v1/supervision/processes?from=2021-06-01&to=2021-06-30",
                "/api/v1/supervision/processes/" + key + "/steps/Task_Second/waiting",
                "/api/v1/supervision/processes/instances/" + h.i2 + "/timeline",
                "/api/v1/supervision/processes/open-work",
                "/api/v1/supervision/processes/trends?from=2021-06-01&to=2021-06-30")) {
            assertThat(clerk.get(path).statusCode()).as(path).isEqualTo(403);
        }
        // the page: Vaadin answers every route with its bootstrap page (200) and decides in the browser's
        // first round trip; ProcessDashboardViewTests and ProcessDashboardJourneyTests refuse the clerk there
        RealHttp leader = RealHttp.basic(port, h.leaderU);
        assertThat(leader.get("/api/v1/supervision/processes/" + key + "/steps/Task_Second/waiting")
                        .body())
                .contains("看板甲单位" + h.suffix)
                .doesNotContain("看板乙单位");
        assertThat(leader.get("/api/v1/supervision/processes/instances/" + h.i3 + "/timeline")
                        .statusCode())
                .isEqualTo(404);
        assertThat(RealHttp.basic(port, "admin")
                        .get("/api/v1/supervision/processes/failures")
                        .statusCode())
                .isEqualTo(200);
        assertThat(leader.get("/api/v1/supervision/processes/failures").statusCode())
                .isEqualTo(403);

        String supervisor = RealHttp.basic(port, "bgs.supervisor")
                .get("/api/v1/supervision/processes/" + key + "?from=2021-06-01&to=2021-06-30")
                .body();
        assertThat(supervisor).contains("\"started\":5", "\"p90Hours\":9.0");
    }
}
