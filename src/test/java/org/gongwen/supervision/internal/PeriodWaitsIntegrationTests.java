package org.gongwen.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.AccountService;
import org.gongwen.supervision.SeededProcessHistory;
import org.gongwen.support.IntegrationTest;
import org.gongwen.workflow.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The remembered past days give the figures a fresh reading gives (A5, A16): after the first look,
 * after a wait ends on a remembered day, after a day's history is removed, and for a unit leader's
 * scope after the county's days are remembered. Working minutes by hand as in
 * {@link SeededProcessHistory}.
 */
@IntegrationTest
class PeriodWaitsIntegrationTests {

    static final Instant JUNE =
            LocalDate.of(2021, 6, 1).atStartOfDay(WorkingHoursTests.ZONE).toInstant();
    static final Instant JULY =
            LocalDate.of(2021, 7, 1).atStartOfDay(WorkingHoursTests.ZONE).toInstant();

    @Autowired
    PeriodWaits remembered;

    @Autowired
    WaitMemory memory;

    @Autowired
    ProcessHistoryQueries queries;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Clock clock;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    SeededProcessHistory h;

    @BeforeEach
    void seed() {
        h = SeededProcessHistory.seed(engine, organization, accounts);
    }

    @AfterEach
    void cleanUp() {
        h.remove();
    }

    @Test
    void rememberedDaysGiveTheFreshFiguresAfterNewWaitsAndRemovedHistory() {
        memory.forget();
        assertThat(figures(UnitScope.COUNTY))
                .isEqualTo(Map.of(
                        "Task_First", List.of(1L, List.of(30, 120, 240, 540)),
                        "Task_Second", List.of(2L, List.of(60, 60))));
        assertThat(memory.days(UnitScope.COUNTY)).isPositive();
        assertThat(figures(UnitScope.COUNTY)).isEqualTo(fresh(UnitScope.COUNTY));

        // a wait of 3 working hours ends on Wednesday 9 June, a remembered day between two others
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2021, 6, 9, 10, 0)));
        try {
            String late = engine.getRuntimeService()
                    .startProcessInstanceByKey(h.key, Map.of("unitCode", "PDV" + h.suffix, "assignee", h.clerkV))
                    .getId();
            ClockUtil.setCurrentTime(date(LocalDateTime.of(2021, 6, 9, 13, 0)));
            engine.getTaskService()
                    .complete(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceId(late)
                            .singleResult()
                            .getId());
        } finally {
            ClockUtil.reset();
        }
        assertThat(figures(UnitScope.COUNTY))
                .isEqualTo(Map.of(
                        "Task_First", List.of(1L, List.of(30, 120, 180, 240, 540)),
                        "Task_Second", List.of(3L, List.of(60, 60))))
                .isEqualTo(fresh(UnitScope.COUNTY));

        // history cleanup removes the instance whose waits ended on 9 June (9 and 1 working hours)
        engine.getHistoryService().deleteHistoricProcessInstance(h.i3);
        assertThat(figures(UnitScope.COUNTY))
                .isEqualTo(Map.of(
                        "Task_First", List.of(1L, List.of(30, 120, 180, 240)),
                        "Task_Second", List.of(3L, List.of(60))))
                .isEqualTo(fresh(UnitScope.COUNTY));

        UnitScope leader = new UnitScope(h.unitU, "PDU" + h.suffix);
        assertThat(figures(leader))
                .isEqualTo(Map.of(
                        "Task_First", List.of(0L, List.of(30, 120, 240)), "Task_Second", List.of(2L, List.of(60))))
                .isEqualTo(fresh(leader));
        assertThat(figures(leader)).isEqualTo(fresh(leader));
    }

    private Map<String, List<Object>> figures(UnitScope scope) {
        return summary(remembered.of(JUNE, JULY, scope));
    }

    private Map<String, List<Object>> fresh(UnitScope scope) {
        return summary(new PeriodWaits(queries, calendar, clock, new WaitMemory()).of(JUNE, JULY, scope));
    }

    /** Per step of the seeded process: waiting now, and the ended waits' working minutes in order. */
    private Map<String, List<Object>> summary(Map<String, Map<String, StepSample>> waits) {
        Map<String, List<Object>> steps = new TreeMap<>();
        waits.getOrDefault(h.key, Map.of())
                .forEach((step, sample) -> steps.put(
                        step,
                        List.of(
                                sample.waitingNow(),
                                Arrays.stream(sample.sortedMinutes()).boxed().toList())));
        return steps;
    }

    private static Date date(LocalDateTime at) {
        return Date.from(at.atZone(WorkingHoursTests.ZONE).toInstant());
    }
}
