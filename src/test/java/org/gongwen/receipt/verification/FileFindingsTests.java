package org.gongwen.receipt.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FileFindingsTests {

    private final AtomicInteger reads = new AtomicInteger();
    private final Function<byte[], String> read = file -> {
        reads.incrementAndGet();
        return new String(file, StandardCharsets.UTF_8).toUpperCase();
    };

    @Test
    void theSameBytesAreReadOnceAndAChangedByteIsReadAfresh() {
        FileFindings<String> findings = new FileFindings<>(4);
        assertThat(findings.of("signed".getBytes(StandardCharsets.UTF_8), read)).isEqualTo("SIGNED");
        assertThat(findings.of("signed".getBytes(StandardCharsets.UTF_8), read)).isEqualTo("SIGNED");
        assertThat(reads).hasValue(1);
        assertThat(findings.of("signeD".getBytes(StandardCharsets.UTF_8), read)).isEqualTo("SIGNED");
        assertThat(reads).hasValue(2);
    }

    @Test
    void onlyTheLastFewFilesAreRemembered() {
        FileFindings<String> findings = new FileFindings<>(2);
        for (String name : List.of("a", "b", "c", "a")) {
            findings.of(name.getBytes(StandardCharsets.UTF_8), read);
        }
        assertThat(reads).hasValue(4);
    }

    @Test
    void aFailureIsNotRememberedAndNoFileIsReadAsNoFile() {
        FileFindings<String> findings = new FileFindings<>(4);
        byte[] file = "broken".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> findings.of(file, f -> {
                    throw new IllegalArgumentException("not a layout");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(findings.of(file, read)).isEqualTo("BROKEN");
        assertThat(findings.of(null, f -> f == null ? "none" : "some")).isEqualTo("none");
    }

    @Test
    void recipientsCheckingTheSameFileAtOnceWaitForOneReading() throws Exception {
        FileFindings<String> findings = new FileFindings<>(4);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return findings.of("same".getBytes(StandardCharsets.UTF_8), file -> {
                        sleep();
                        return read.apply(file);
                    });
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("SAME");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
