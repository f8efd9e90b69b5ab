package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.internal.InboxQuery;
import org.gongwen.security.internal.GongwenPrincipal;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The 收文 inbox with 100,000 distributions across the county: first page, search and filters
 * for one unit's clerk, timed; the table goes to docs/benchmarks.md. Runs only with
 * {@code ./mvnw verify -Pbenchmark} (target: first page p95 under 100 ms on MySQL).
 */
@Tag("benchmark")
@IntegrationTest
class InboxBenchmarkTests {

    private static final int DISTRIBUTIONS = 100_000;
    private static final int ROUNDS = 50;
    /** Document ids far above any real document, so the rows never meet a real one. */
    private static final long FIRST_DOCUMENT = 900_000_000L;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    ReceiptService receipts;

    @Autowired
    UserDetailsService users;

    @Test
    void theFirstPageStaysFastWithAHundredThousandDistributions() throws IOException {
        List<UnitInfo> units = organization.units();
        long clerkUnit = organization.unitByCode("S04").orElseThrow().id();
        long sender = organization.unitByCode("QHXBGS").orElseThrow().id();
        Instant start = Instant.now().minusSeconds(DISTRIBUTIONS);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < DISTRIBUTIONS; i++) {
            long unitId = units.get(i % units.size()).id();
            batch.add(new Object[] {
                FIRST_DOCUMENT + i / units.size(),
                unitId,
                i % 3 == 0 ? "COPY" : "MAIN",
                3,
                i % 4 == 0 ? "DELIVERED" : "SIGNED",
                Timestamp.from(start.plusSeconds(i)),
                "关于做好第" + i + "项重点工作的通知",
                "清政办〔2026〕" + i + "号",
                i % 10 == 0 ? "URGENT" : "NONE",
                sender,
                "清河县人民政府办公室",
                i % 50 == 0
            });
            if (batch.size() == 2_000) {
                insert(batch);
            }
        }
        insert(batch);

        GongwenPrincipal clerk = (GongwenPrincipal) users.loadUserByUsername("s04.clerk");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        try {
            assertThat(receipts.inbox(InboxQuery.all(), 0, 50).getTotalElements())
                    .isGreaterThanOrEqualTo(DISTRIBUTIONS / units.size());
            List<String> rows = new ArrayList<>();
            rows.add(row("first page (50), newest first", () -> receipts.inbox(InboxQuery.all(), 0, 50)));
            rows.add(row("page 20 (offset 950)", () -> receipts.inbox(InboxQuery.all(), 19, 50)));
            rows.add(row(
                    "waiting to be signed for, first page",
                    () -> receipts.inbox(
                            new InboxQuery(null, DistributionState.DELIVERED, false, false, null), 0, 50)));
            rows.add(row(
                    "search by title, first page",
                    () -> receipts.inbox(new InboxQuery("第1234", null, false, false, null), 0, 50)));
            rows.add(row("overdue only", () -> receipts.inbox(new InboxQuery(null, null, true, false, null), 0, 50)));
            rows.add(row("badge: count waiting", receipts::waitingCount));
            List<String> table = new ArrayList<>(List.of("| operation | median | p95 | max |", "|---|---|---|---|"));
            table.addAll(rows);
            BenchmarkReport.write(
                    "收文 inbox of one unit with %,d distributions across %d units"
                            .formatted(DISTRIBUTIONS, units.size()),
                    "InboxBenchmarkTests",
                    "Each operation runs 5 times to warm up, then %d times; times in milliseconds, including the total "
                                    .formatted(ROUNDS)
                            + "count the page needs.",
                    table);
        } finally {
            SecurityContextHolder.clearContext();
            jdbc.update("delete from receipt_distribution where document_id >= ?", FIRST_DOCUMENT);
        }
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate(
                "insert into receipt_distribution (document_id, unit_id, kind, print_quota, prints_used, state, "
                        + "delivered_at, title, doc_number, urgency, sender_unit_id, sender_name, overdue) "
                        + "values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
        batch.clear();
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
}
