package org.gongwen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.organization.Role;
import org.gongwen.security.GongwenPrincipal;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The inbox with thousands of tasks: times list, count and counters for one clerk and writes
 * the table to docs/benchmarks.md. Runs only with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class TaskInboxBenchmarkTests {

    private static final int TASKS = 5_000;
    private static final int ROUNDS = 30;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    UserDetailsService users;

    @Test
    void inboxStaysFastWithThousandsOfTasks() throws IOException {
        String group = Role.CLERK.groupIn("S04");
        for (int i = 0; i < TASKS; i++) {
            Task task = taskService.newTask();
            task.setName("签收公文 " + i);
            task.setDueDate(new java.util.Date(System.currentTimeMillis() + (i % 7 - 3) * 86_400_000L));
            taskService.saveTask(task);
            taskService.addCandidateGroup(task.getId(), group);
        }
        GongwenPrincipal clerk = (GongwenPrincipal) users.loadUserByUsername("s04.clerk");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        try {
            TaskFilter all = TaskFilter.all();
            List<String> rows = new ArrayList<>();
            rows.add(row("first page (50), newest first", () -> inbox.list(all, 0, 50)));
            rows.add(row("page 50 (offset 2,450), newest first", () -> inbox.list(all, 2_450, 50)));
            rows.add(row("first page sorted by due date", () -> inbox.list(all.sortedBy(TaskFilter.Sort.DUE, true), 0, 50)));
            rows.add(row("overdue only, first page", () -> inbox.list(all.withOverdueOnly(true), 0, 50)));
            rows.add(row("count", () -> inbox.count(all)));
            rows.add(row("four counters (all, mine, unclaimed, overdue)", inbox::counts));
            assertThat(inbox.count(all)).isGreaterThanOrEqualTo(TASKS);
            write(rows);
        } finally {
            SecurityContextHolder.clearContext();
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

    private static void write(List<String> rows) throws IOException {
        List<String> table = new ArrayList<>(List.of("| operation | median | p95 | max |", "|---|---|---|---|"));
        table.addAll(rows);
        BenchmarkReport.write("Task inbox with %,d tasks offered to one clerk's group".formatted(TASKS),
                "TaskInboxBenchmarkTests",
                "Each operation runs 5 times to warm up, then %d times; times in milliseconds.".formatted(ROUNDS), table);
    }
}
