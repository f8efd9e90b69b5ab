package org.gongwen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain's cost (A29): appends lock the chain's head row until their transaction commits,
 * so appends county-wide run one after another. Measures the append rate with one and with several
 * writers, and with transactions that go on working after recording their entry (the append waits
 * for the commit, so that work runs in parallel). Writes its table to docs/benchmarks.md; runs only with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class AuditAppendBenchmarkTests {

    private static final int PER_WRITER = 200;
    private static final int WORK_ROUNDS = 40;
    private static final long WORK_MILLIS = 20;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    @Test
    void appendsPerSecondWithConcurrentWriters() throws Exception {
        run(1, 50, 0);
        List<String> rows = new ArrayList<>(List.of(
                "| writers | work after recording | entries | seconds | entries per second |",
                "|---|---|---|---|---|"));
        for (int writers : new int[] {1, 4, 16}) {
            rows.add(row(writers, 0, PER_WRITER));
        }
        rows.add(row(1, WORK_MILLIS, WORK_ROUNDS));
        rows.add(row(4, WORK_MILLIS, WORK_ROUNDS));
        SignIn.as(users, "admin");
        try {
            assertThat(audit.verify().ok()).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
        BenchmarkReport.write(
                "Audit log appends",
                "AuditAppendBenchmarkTests",
                ("`AuditLog.record` inside a transaction of its own per entry, as an audited action does. The "
                        + "entry is appended just before the commit and locks the chain's head row (`audit_head`) "
                        + "until the commit, so appends run one after another. Writers run in parallel threads, each "
                        + "with its own transactions; \"work after recording\" keeps the transaction open that long "
                        + "after `record`, as a slow audited action (rendering, signing) would, without holding the "
                        + "head. 50 warm-up appends first. The chain is verified intact afterwards."),
                rows);
    }

    private String row(int writers, long workMillis, int perWriter) throws Exception {
        double seconds = run(writers, perWriter, workMillis);
        int entries = writers * perWriter;
        return String.format(
                Locale.ROOT,
                "| %d | %d ms | %d | %.2f | %.0f |",
                writers,
                workMillis,
                entries,
                seconds,
                entries / seconds);
    }

    private double run(int writers, int perWriter, long workMillis) throws Exception {
        TransactionTemplate template = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        int n = i;
                        template.executeWithoutResult(status -> {
                            audit.record(AuditAction.VIEW, "benchmark", writer + "-" + n, "audit append benchmark");
                            pause(workMillis);
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static void pause(long millis) {
        if (millis == 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
