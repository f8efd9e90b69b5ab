package org.gongwen.shared;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's time zone ({@code gongwen.calendar.zone}, Asia/Shanghai by default), in which every
 * time and day is shown to users and every day they pick is read, whatever zone the server runs in.
 * The working calendar of the workflow module reads the same key with the same {@link #DEFAULT}.
 */
@ConfigurationProperties(prefix = "gongwen.calendar")
public record CountyZone(ZoneId zone) implements Serializable {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public CountyZone {
        zone = zone == null ? DEFAULT : zone;
    }

    public static CountyZone standard() {
        return new CountyZone(null);
    }

    /** {@code 2026-03-01 08:00}; empty for no time. */
    public String formatTime(Instant instant) {
        return format(MINUTES, instant);
    }

    /** {@code 2026-03-01 08:00:05}; empty for no time. */
    public String formatTimeWithSeconds(Instant instant) {
        return format(SECONDS, instant);
    }

    /** {@code 2026-03-01}; empty for no time. */
    public String formatDate(Instant instant) {
        return format(DAY, instant);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone));
    }

    /** The first moment of {@code day} in the county. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public Instant toInstant(LocalDateTime localTime) {
        return localTime.atZone(zone).toInstant();
    }

    private String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.format(instant.atZone(zone));
    }
}
