package org.gongwen.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.gongwen.workflow.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Working hours on the county calendar: 08:30–17:30 on working days, holidays off, 调休 days on. */
class WorkingHoursTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    final WorkingHours hours = new WorkingHours(new WorkingCalendar(
            ZONE, null, null, Set.of(LocalDate.of(2021, 6, 14)), Set.of(LocalDate.of(2021, 6, 19))));

    @Test
    void aWaitOverTheWeekendCountsOnlyFridayEveningAndMondayMorning() {
        assertThat(hours.between(at(2021, 6, 4, 16, 30), at(2021, 6, 7, 9, 30))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void timeBeforeWorkAfterWorkAndOnHolidaysDoesNotCount() {
        assertThat(hours.hours(at(2021, 6, 10, 17, 0), at(2021, 6, 11, 8, 0))).isEqualTo(0.5);
        assertThat(hours.hours(at(2021, 6, 8, 7, 0), at(2021, 6, 8, 20, 0))).isEqualTo(9.0);
        // Monday 14 June 2021 is the Dragon Boat holiday: Friday 17:00 to Tuesday 09:00 is 1 hour
        assertThat(hours.hours(at(2021, 6, 11, 17, 0), at(2021, 6, 15, 9, 0))).isEqualTo(1.0);
        // Saturday 19 June is worked in exchange
        assertThat(hours.hours(at(2021, 6, 19, 8, 0), at(2021, 6, 20, 12, 0))).isEqualTo(9.0);
        assertThat(hours.hours(at(2021, 6, 20, 9, 0), at(2021, 6, 20, 10, 0))).isZero();
    }

    @Test
    void aWholeWorkingWeekIsFortyFiveHoursAndNoWaitIsZero() {
        assertThat(hours.hours(at(2021, 6, 21, 0, 0), at(2021, 6, 28, 0, 0))).isEqualTo(45.0);
        assertThat(hours.between(at(2021, 6, 21, 9, 0), at(2021, 6, 21, 9, 0))).isZero();
        assertThat(hours.between(at(2021, 6, 21, 10, 0), at(2021, 6, 21, 9, 0))).isZero();
    }

    @Test
    void percentilesAreNearestRank() {
        double[] waits = {9.0, 0.5, 4.0, 2.0};
        assertThat(Percentiles.of(waits, 50)).isEqualTo(2.0);
        assertThat(Percentiles.of(waits, 90)).isEqualTo(9.0);
        assertThat(Percentiles.of(new double[] {3.0}, 90)).isEqualTo(3.0);
        assertThat(Percentiles.of(new double[0], 50)).isNull();
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ZONE).toInstant();
    }
}
