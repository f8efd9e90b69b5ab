package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.gongwen.workflow.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountyZoneTests {

    private static final Instant MIDNIGHT_UTC = Instant.parse("2026-03-01T00:00:00Z");

    private final CountyZone county = CountyZone.standard();

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Shanghai"})
    void timesAreShownInTheCountyWhateverZoneTheServerRunsIn(String serverZone) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        try {
            assertThat(county.formatTime(MIDNIGHT_UTC)).isEqualTo("2026-03-01 08:00");
            assertThat(county.formatTimeWithSeconds(MIDNIGHT_UTC.plusSeconds(5)))
                    .isEqualTo("2026-03-01 08:00:05");
            assertThat(county.formatDate(Instant.parse("2026-02-28T16:00:00Z"))).isEqualTo("2026-03-01");
            assertThat(county.today(Clock.fixed(Instant.parse("2026-02-28T16:30:00Z"), ZoneOffset.UTC)))
                    .isEqualTo(LocalDate.of(2026, 3, 1));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void aDayPickedStartsAtTheCountysMidnight() {
        assertThat(county.startOf(LocalDate.of(2026, 3, 1))).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(county.toInstant(LocalDateTime.of(2026, 3, 1, 8, 0))).isEqualTo(MIDNIGHT_UTC);
        assertThat(county.dateOf(Instant.parse("2026-02-28T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void noTimeShowsAsNothing() {
        assertThat(county.formatTime(null)).isEmpty();
        assertThat(county.formatTimeWithSeconds(null)).isEmpty();
        assertThat(county.formatDate(null)).isEmpty();
    }

    @Test
    void theWorkingCalendarDefaultsToTheSameZone() {
        assertThat(county.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(WorkingCalendar.standard().zone()).isEqualTo(county.zone());
        assertThat(new CountyZone(ZoneId.of("Asia/Urumqi")).formatTime(MIDNIGHT_UTC))
                .isEqualTo("2026-03-01 06:00");
    }
}
