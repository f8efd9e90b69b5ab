package org.gongwen.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.supervision.internal.DashboardFilter;
import org.gongwen.supervision.internal.ProcessDashboard;
import org.gongwen.supervision.internal.ProcessTrends;
import org.gongwen.supervision.internal.WaitMemory;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 流程看板 over a year of approval history: 50,000 document-approval instances with four
 * steps each (250,000 historic activity instances, 2% still waiting for the leader), inserted
 * straight into the engine's history tables; the page's queries and a drill-down are timed and the
 * table goes to docs/benchmarks.md. Runs only with {@code ./mvnw verify -Pbenchmark} (targets:
 * p95 ≤ 1 s for the page, ≤ 300 ms for a drill-down).
 */
@Tag("benchmark")
@IntegrationTest
class ProcessDashboardBenchmarkTests {

    private static final int INSTANCES = 50_000;
    private static final int ROUNDS = 20;
    private static final String[][] STEPS = {
        {"StartEvent_Submitted", "startEvent"},
        {"Task_LeaderApprove", "userTask"},
        {"Task_CountyReview", "userTask"},
        {"Task_Stamp", "userTask"},
        {"EndEvent_Approved", "noneEndEvent"}
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessDashboard dashboard;

    @Autowired
    ProcessTrends trends;

    @Autowired
    WaitMemory memory;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thePageAndADrillDownStayFastOverAYearOfHistory() throws IOException {
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("document-approval")
                .latestVersion()
                .singleResult()
                .getId();
        List<UnitInfo> units = organization.units();
        Instant yearAgo = Instant.now().minus(Duration.ofDays(365));
        List<Object[]> instances = new ArrayList<>();
        List<Object[]> activities = new ArrayList<>();
        List<Object[]> variables = new ArrayList<>();
        long activityCount = 0;
        for (int i = 0; i < INSTANCES; i++) {
            String id = "bench-" + i;
            Instant start = yearAgo.plusSeconds(i * 600L);
            boolean open = i % 50 == 0;
            int steps = open ? 2 : STEPS.length;
            Instant at = start;
            for (int s = 0; s < steps; s++) {
                Instant end = open && s == 1 ? null : at.plusSeconds(s == 0 || s == 4 ? 0 : 3_600L * (1 + i % 7 * s));
                activities.add(new Object[] {
                    id + "-" + s,
                    definition,
                    "document-approval",
                    id,
                    id,
                    STEPS[s][0],
                    STEPS[s][0],
                    STEPS[s][1],
                    ts(at),
                    end == null ? null : ts(end)
                });
                activityCount++;
                at = end == null ? at : end;
            }
            instances.add(new Object[] {
                id,
                id,
                "document-" + (900_000_000L + i),
                definition,
                "document-approval",
                ts(start),
                open ? null : ts(at)
            });
            variables.add(new Object[] {
                id + "-u", id, "unitCode", "string", units.get(i % units.size()).code()
            });
            variables.add(new Object[] {id + "-s", id, "subject", "string", "关于做好第" + i + "项重点工作的通知"});
            if (activities.size() >= 5_000) {
                flush(instances, activities, variables);
            }
        }
        flush(instances, activities, variables);
        SignIn.as(users, "bgs.supervisor");
        try {
            assertThat(activityCount).isGreaterThanOrEqualTo(200_000);
            DashboardFilter year = new DashboardFilter(LocalDate.now().minusDays(365), LocalDate.now(), null);
            DashboardFilter month = new DashboardFilter(LocalDate.now().minusDays(29), LocalDate.now(), null);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<String> table = new ArrayList<>(List.of("| operation | median | p95 | max |", "|---|---|---|---|"));
            table.add(row("page: every process, last 30 days", () -> dashboard.processes(month)));
            table.add(row("page: every process, the whole year", () -> dashboard.processes(year)));
            table.add(row("page: every process, the whole year, nothing remembered (as after a start)", () -> {
                memory.forget();
                return dashboard.processes(year);
            }));
            table.add(row("page: open work per unit and person", dashboard::openWork));
            table.add(row("page: weekly trends, the whole year", () -> trends.weekly(year)));
            table.add(row(
                    "drill-down: waiting at 分管领导核准 (1,000)",
                    () -> dashboard.waiting("document-approval", "Task_LeaderApprove")));
            table.add(row("timeline of one instance", () -> dashboard.timeline("bench-4321")));
            SignIn.as(users, "z01.leader");
            table.add(row("page as a town's leader (own unit only), last 30 days", () -> dashboard.processes(month)));
            table.add(row(
                    "drill-down as a town's leader: waiting at 分管领导核准",
                    () -> dashboard.waiting("document-approval", "Task_LeaderApprove")));
            BenchmarkReport.write(
                    "流程看板 over a year: %,d approval instances, %,d historic activity instances"
                            .formatted(INSTANCES, activityCount),
                    "ProcessDashboardBenchmarkTests",
                    ("Rows inserted into ACT_HI_PROCINST, ACT_HI_ACTINST and ACT_HI_VARINST; each operation runs 3 "
                                    + "times to warm up, then %d times; times in milliseconds. Machine load (1-minute load "
                                    + "average) %.1f before the timings, %.1f after.")
                            .formatted(
                                    ROUNDS,
                                    loadBefore,
                                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                    table);
        } finally {
            SecurityContextHolder.clearContext();
            jdbc.update("delete from ACT_HI_VARINST where ID_ like 'bench-%'");
            jdbc.update("delete from ACT_HI_ACTINST where ID_ like 'bench-%'");
            jdbc.update("delete from ACT_HI_PROCINST where ID_ like 'bench-%'");
        }
    }

    /** One transaction per chunk: on MariaDB a commit per row would take the better part of an hour. */
    private void flush(List<Object[]> instances, List<Object[]> activities, List<Object[]> variables) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> insert(instances, activities, variables));
        instances.clear();
        activities.clear();
        variables.clear();
    }

    private void insert(List<Object[]> instances, List<Object[]> activities, List<Object[]> variables) {
        jdbc.batchUpdate(
                "insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, PROC_DEF_KEY_,"
                        + " START_TIME_, END_TIME_) values (?, ?, ?, ?, ?, ?, ?)",
                instances);
        jdbc.batchUpdate(
                "insert into ACT_HI_ACTINST (ID_, PROC_DEF_ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_,"
                        + " ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                activities);
        jdbc.batchUpdate(
                "insert into ACT_HI_VARINST (ID_, PROC_INST_ID_, NAME_, VAR_TYPE_, TEXT_)" + " values (?, ?, ?, ?, ?)",
                variables);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String row(String what, Supplier<?> operation) {
        for (int i = 0; i < 3; i++) {
            operation.get();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            operation.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return BenchmarkReport.row(what, millis);
    }
}
