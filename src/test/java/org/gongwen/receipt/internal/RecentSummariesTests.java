package org.gongwen.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentSummariesTests {

    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");

    private final RecentSummaries recent = new RecentSummaries();
    private final AtomicInteger judged = new AtomicInteger();

    private String judge() {
        return "✔ 判断 " + judged.incrementAndGet();
    }

    @Test
    void tasksOfOneSendShowOneJudgement() {
        assertThat(recent.of(1, "a/b", NOON, this::judge)).isEqualTo("✔ 判断 1");
        assertThat(recent.of(1, "a/b", NOON.plusSeconds(5), this::judge)).isEqualTo("✔ 判断 1");
        assertThat(judged).hasValue(1);
    }

    @Test
    void anotherDocumentIsJudgedOnItsOwn() {
        recent.of(1, "a/b", NOON, this::judge);
        assertThat(recent.of(2, "a/b", NOON, this::judge)).isEqualTo("✔ 判断 2");
    }

    @Test
    void aDocumentStampedAgainIsJudgedAfresh() {
        recent.of(1, "a/b", NOON, this::judge);
        assertThat(recent.of(1, "c/d", NOON, this::judge)).isEqualTo("✔ 判断 2");
    }

    @Test
    void halfAMinuteLaterByTheCountysClockItIsJudgedAfresh() {
        recent.of(1, "a/b", NOON, this::judge);
        assertThat(recent.of(1, "a/b", NOON.plus(RecentSummaries.FRESH), this::judge))
                .isEqualTo("✔ 判断 2");
        assertThat(recent.of(1, "a/b", NOON.minusSeconds(1), this::judge)).isEqualTo("✔ 判断 3");
    }
}
