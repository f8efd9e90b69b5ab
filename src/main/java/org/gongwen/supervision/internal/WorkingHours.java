package org.gongwen.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.gongwen.workflow.WorkingCalendar;

/**
 * How much of a wait fell in the county's working time ({@link WorkingCalendar}: working days
 * between {@code work-start} and {@code work-end}, 08:30 to 17:30 as configured, holidays off and
 * 调休 days on), the same time the receipt deadlines count. A wait from Friday 16:30 to Monday 09:30
 * is two working hours.
 */
public final class WorkingHours {

    private final WorkingCalendar calendar;

    public WorkingHours(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Duration between(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(calendar.zone());
        ZonedDateTime end = to.atZone(calendar.zone());
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime open = day.atTime(calendar.workStart()).atZone(calendar.zone());
            ZonedDateTime close = day.atTime(calendar.workEnd()).atZone(calendar.zone());
            ZonedDateTime a = open.isAfter(start) ? open : start;
            ZonedDateTime b = close.isBefore(end) ? close : end;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** Working hours between the two moments, to the minute. */
    public double hours(Instant from, Instant to) {
        return between(from, to).toMinutes() / 60.0;
    }
}
