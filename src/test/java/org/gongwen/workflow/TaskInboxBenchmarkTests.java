package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.Role;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.gongwen.workflow.internal.TaskFilter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The inbox after county-years of use: 100,000 tasks, most of them completed (their history in
 * ACT_HI_TASKINST and ACT_HI_IDENTITYLINK), 5,000 still open and offered to one clerk's group (a
 * tenth of them claimed by the clerk). Times list, count and counters for that clerk and writes
 * the table to docs/benchmarks.md. Runs only with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class TaskInboxBenchmarkTests {

    private static final int TASKS = 100_000;
    private static final int OPEN = 5_000;
    private static final int ROUNDS = 30;
    private static final String OPEN_NAME = "基准待办 ";
    private static final String HISTORY_ID = "bm-hist-";

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void inboxStaysFastWithCountyYearsOfTasks() throws IOException {
        String group = Role.CLERK.groupIn("S04");
        int open = jdbc.queryForObject(
                "select count(*) from ACT_RU_TASK where NAME_ like ?", Integer.class, OPEN_NAME + "%");
        for (int i = open; i < OPEN; i++) {
            Task task = taskService.newTask();
            task.setName(OPEN_NAME + i);
            task.setDueDate(new java.util.Date(System.currentTimeMillis() + (i % 7 - 3) * 86_400_000L));
            if (i % 10 == 0) {
                task.setAssignee("s04.clerk");
            }
            taskService.saveTask(task);
            taskService.addCandidateGroup(task.getId(), group);
        }
        completedHistory(TASKS - OPEN);
        GongwenPrincipal clerk = (GongwenPrincipal) users.loadUserByUsername("s04.clerk");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        try {
            TaskFilter all = TaskFilter.all();
            String load = BenchmarkReport.load();
            List<String> rows = new ArrayList<>();
            rows.add(row("first page (50), newest first", () -> inbox.list(all, 0, 50)));
            rows.add(row("page 50 (offset 2,450), newest first", () -> inbox.list(all, 2_450, 50)));
            rows.add(row(
                    "first page sorted by due date", () -> inbox.list(all.sortedBy(TaskFilter.Sort.DUE, true), 0, 50)));
            rows.add(row("overdue only, first page", () -> inbox.list(all.withOverdueOnly(true), 0, 50)));
            rows.add(row("count", () -> inbox.count(all)));
            rows.add(row("four counters (all, mine, unclaimed, overdue)", inbox::counts));
            assertThat(inbox.count(all)).isGreaterThanOrEqualTo(OPEN);
            assertThat(inbox.counts().mine()).isGreaterThanOrEqualTo(OPEN / 10);
            write(rows, load);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Completed tasks as the engine leaves them: gone from the runtime tables, a row in
     * ACT_HI_TASKINST and one in ACT_HI_IDENTITYLINK each, spread over the county's clerk groups
     * and three years; written in multi-row inserts, since the engine would take long to make them.
     */
    private void completedHistory(int wanted) {
        int existing = jdbc.queryForObject(
                "select count(*) from ACT_HI_TASKINST where ID_ like ?", Integer.class, HISTORY_ID + "%");
        String[] groups = {"S04", "S01", "Z01", "Z02", "B01", "B02", "QHXBGS"};
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int chunk = 500;
        for (int from = existing; from < wanted; from += chunk) {
            int to = Math.min(wanted, from + chunk);
            StringBuilder tasks = new StringBuilder("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, "
                    + "NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_, "
                    + "TASK_STATE_) values ");
            StringBuilder links =
                    new StringBuilder("insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, "
                            + "TASK_ID_, OPERATION_TYPE_, PROC_DEF_KEY_) values ");
            List<Object> taskArgs = new ArrayList<>();
            List<Object> linkArgs = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String id = HISTORY_ID + i;
                String unit = groups[i % groups.length];
                Timestamp start = Timestamp.from(
                        now.minus(1 + (i % 1_095), ChronoUnit.DAYS).minusSeconds(i % 86_400));
                Timestamp end = Timestamp.from(start.toInstant().plusSeconds(3_600 + i % 7_200));
                tasks.append(i == from ? "" : ", ")
                        .append("(?, 'Task_SignFor', 'document-receipt', ?, ?, ?, ?, ?, "
                                + "'completed', 50, ?, 'Completed')");
                taskArgs.addAll(List.of(
                        id,
                        "签收：历史公文 " + i,
                        unit.toLowerCase() + ".clerk",
                        start,
                        end,
                        end.getTime() - start.getTime(),
                        Timestamp.from(start.toInstant().plus(2, ChronoUnit.DAYS))));
                links.append(i == from ? "" : ", ").append("(?, ?, 'candidate', ?, ?, 'add', 'document-receipt')");
                linkArgs.addAll(List.of(id, start, Role.CLERK.groupIn(unit), id));
            }
            jdbc.update(tasks.toString(), taskArgs.toArray());
            jdbc.update(links.toString(), linkArgs.toArray());
        }
    }

    private static String row(String what, Supplier<?> operation) {
        for (int i = 0; i < 5; i++) {
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

    private static void write(List<String> rows, String load) throws IOException {
        List<String> table = new ArrayList<>(List.of("| operation | median | p95 | max |", "|---|---|---|---|"));
        table.addAll(rows);
        BenchmarkReport.write(
                "Task inbox with %,d tasks, %,d of them open for one clerk's group".formatted(TASKS, OPEN),
                "TaskInboxBenchmarkTests",
                ("%,d completed tasks in the engine's history (ACT_HI_TASKINST, ACT_HI_IDENTITYLINK) over three years "
                                + "and seven units' clerk groups; %,d open tasks offered to 县第一中学's clerks, a tenth of them "
                                + "claimed by s04.clerk, who lists them. Each operation runs 5 times to warm up, then %d times; "
                                + "times in milliseconds. Target: p95 at most 100 ms. Load average before the timings: %s.")
                        .formatted(TASKS - OPEN, OPEN, ROUNDS, load),
                table);
    }
}
