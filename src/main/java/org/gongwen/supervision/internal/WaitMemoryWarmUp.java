package org.gongwen.supervision.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the county's past year of waits once on a background thread when the application is ready, so
 * that the first supervisor to open 流程看板 for a whole year after a restart finds the past days in
 * {@link WaitMemory} instead of waiting for a year of history to be read and counted in working hours.
 */
@Component
class WaitMemoryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(WaitMemoryWarmUp.class);
    private static final Duration YEAR = Duration.ofDays(366);

    private final PeriodWaits waits;
    private final Clock clock;

    WaitMemoryWarmUp(PeriodWaits waits, Clock clock) {
        this.waits = waits;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::run, "process-dashboard-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        try {
            waits.of(now.minus(YEAR), now, UnitScope.COUNTY);
            log.info("流程看板: the past year's waits read in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("流程看板 warm-up failed; the first whole-year page will read the history itself", e);
        }
    }
}
