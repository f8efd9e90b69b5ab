package org.gongwen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.security.internal.VerifiedCredentialCache;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RealHttp;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16: 20 clerks' tools polling their inbox at once over the real server, with HTTP Basic
 * before (every request a bcrypt check) and after the verified-credential cache, and with an API
 * token for comparison. Writes its table to docs/benchmarks.md; runs only with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class BasicPollingBenchmarkTests {

    private static final int POLLERS = 20;
    private static final String POLL = "/api/v1/inbox?size=20";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    VerifiedCredentialCache verified;

    @AfterEach
    void backToNormal() {
        verified.switchOn(true);
        SecurityContextHolder.clearContext();
    }

    @Test
    void twentyPollersWithBasicBeforeAndAfterTheCacheAndWithATokenAlongside() throws Exception {
        List<String> clerks = new ArrayList<>();
        for (int i = 1; i <= POLLERS; i++) {
            clerks.add(PolicyTestUnit.person(organization, accounts, "xf01.poll%02d".formatted(i))
                    .username());
        }
        long unit = organization.unitByCode("XF01").orElseThrow().id();
        SignIn.as(users, "admin");
        String token =
                apiTokens.create(unit, "基准测试轮询" + System.nanoTime() % 100000).token();
        SecurityContextHolder.clearContext();

        verified.switchOn(false);
        Run before = run(10, i -> RealHttp.basic(port, clerks.get(i)));
        verified.switchOn(true);
        Run after = run(50, i -> RealHttp.basic(port, clerks.get(i)));
        Run tokens = run(50, i -> RealHttp.bearer(port, token));

        BenchmarkReport.write(
                "%d pollers with HTTP Basic and with a token".formatted(POLLERS),
                "BasicPollingBenchmarkTests",
                ("%d threads, each a clerk's tool calling `GET %s` back to back over the real server (after 2 "
                                + "warm-up calls each); Basic before: every request a bcrypt check (cache switched off); "
                                + "Basic after: the verified-credential cache (`docs/interface.md`); the unit's API token "
                                + "alongside. Times in milliseconds. Issue 16 measured on MariaDB: Basic p50 433, p95 852; "
                                + "token p50 12.")
                        .formatted(POLLERS, POLL),
                List.of(
                        "| caller | requests | median | p95 | max | requests/s |",
                        "|---|---|---|---|---|---|",
                        before.row("HTTP Basic, before (bcrypt every request)"),
                        after.row("HTTP Basic, after (verified-credential cache)"),
                        tokens.row("API token (Bearer)")));
    }

    private Run run(int perPoller, IntFunction<RealHttp> caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POLLERS);
        AtomicLong begin = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(POLLERS, () -> begin.set(System.nanoTime()));
        List<Future<double[]>> pollers = new ArrayList<>();
        try {
            for (int p = 0; p < POLLERS; p++) {
                RealHttp http = caller.apply(p);
                pollers.add(pool.submit(() -> {
                    for (int w = 0; w < 2; w++) {
                        assertThat(http.get(POLL).statusCode()).isEqualTo(200);
                    }
                    start.await(60, TimeUnit.SECONDS);
                    double[] millis = new double[perPoller];
                    for (int r = 0; r < perPoller; r++) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = http.get(POLL);
                        millis[r] = (System.nanoTime() - t) / 1e6;
                        assertThat(answer.statusCode()).isEqualTo(200);
                    }
                    return millis;
                }));
            }
            List<double[]> all = new ArrayList<>();
            for (Future<double[]> poller : pollers) {
                all.add(poller.get(10, TimeUnit.MINUTES));
            }
            double seconds = (System.nanoTime() - begin.get()) / 1e9;
            double[] millis =
                    all.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            return new Run(millis, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Run(double[] millis, double seconds) {
        String row(String what) {
            String times = BenchmarkReport.row(what, millis);
            return times.substring(0, times.indexOf(" | "))
                    + String.format(Locale.ROOT, " | %d", millis.length)
                    + times.substring(times.indexOf(" | "))
                    + String.format(Locale.ROOT, " %.0f |", millis.length / seconds);
        }
    }
}
