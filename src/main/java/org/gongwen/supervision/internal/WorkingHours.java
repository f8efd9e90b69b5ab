package org.gongwen.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongwen.workflow.WorkingCalendar;

/**
 * How much of a wait fell in the county's working time ({@link WorkingCalendar}: working days
 * between {@code work-start} and {@code work-end}, 08:30 to 17:30 as configured, holidays off and
 * 调休 days on), the same time the receipt deadlines count. A wait from Friday 16:30 to Monday 09:30
 * is two working hours.
 */
public final class WorkingHours {

    /** A working day's opening hours as instants (nanoseconds since the epoch); none on a day off. */
    private static final long[] DAY_OFF = new long[0];

    private static final int REMEMBERED_DAYS = 20_000;

    private final WorkingCalendar calendar;
    /** The dashboard counts a year's waits at a time: each day's hours are worked out once. */
    private final Map<LocalDate, long[]> days = new ConcurrentHashMap<>();

    public WorkingHours(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Duration between(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return Duration.ZERO;
        }
        long start = nanos(from);
        long end = nanos(to);
        long total = 0;
        LocalDate last = LocalDate.ofInstant(to, calendar.zone());
        for (LocalDate day = LocalDate.ofInstant(from, calendar.zone()); !day.isAfter(last); day = day.plusDays(1)) {
            long[] open = opening(day);
            if (open.length == 0) {
                continue;
            }
            long a = Math.max(open[0], start);
            long b = Math.min(open[1], end);
            if (b > a) {
                total += b - a;
            }
        }
        return Duration.ofNanos(total);
    }

    /** Working hours between the two moments, to the minute. */
    public double hours(Instant from, Instant to) {
        return minutes(from, to) / 60.0;
    }

    /** Whole working minutes between the two moments. */
    public long minutes(Instant from, Instant to) {
        return between(from, to).toMinutes();
    }

    private long[] opening(LocalDate day) {
        long[] known = days.get(day);
        if (known != null) {
            return known;
        }
        if (days.size() > REMEMBERED_DAYS) {
            days.clear();
        }
        long[] open = !calendar.isWorkingDay(day)
                ? DAY_OFF
                : new long[] {
                    nanos(day.atTime(calendar.workStart())
                            .atZone(calendar.zone())
                            .toInstant()),
                    nanos(day.atTime(calendar.workEnd()).atZone(calendar.zone()).toInstant())
                };
        days.put(day, open);
        return open;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
