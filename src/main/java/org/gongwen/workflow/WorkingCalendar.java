package org.gongwen.workflow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.gongwen.shared.CountyZone;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's working time, for deadlines counted in working hours: Monday to Friday between
 * {@code workStart} and {@code workEnd}, except public holidays, plus the weekend days worked in
 * exchange (调休). Configured under {@code gongwen.calendar}; its zone is the one {@link CountyZone}
 * shows times in.
 */
@ConfigurationProperties(prefix = "gongwen.calendar")
public record WorkingCalendar(
        ZoneId zone, LocalTime workStart, LocalTime workEnd, Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {

    public WorkingCalendar {
        zone = zone == null ? CountyZone.DEFAULT : zone;
        workStart = workStart == null ? LocalTime.of(8, 30) : workStart;
        workEnd = workEnd == null ? LocalTime.of(17, 30) : workEnd;
        if (!workEnd.isAfter(workStart)) {
            throw new IllegalArgumentException("gongwen.calendar.work-end must be after work-start");
        }
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        extraWorkingDays = extraWorkingDays == null ? Set.of() : Set.copyOf(extraWorkingDays);
    }

    public static WorkingCalendar standard() {
        return new WorkingCalendar(null, null, null, null, null);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The moment {@code workingTime} of working hours after {@code from}; time outside working hours does not count. */
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        ZonedDateTime at = startOfWork(from.atZone(zone));
        Duration left = workingTime;
        while (true) {
            ZonedDateTime end = at.toLocalDate().atTime(workEnd).atZone(zone);
            Duration available = Duration.between(at, end);
            if (left.compareTo(available) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(available);
            at = nextWorkingDayStart(at.toLocalDate());
        }
    }

    private ZonedDateTime startOfWork(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(day)) {
            if (at.toLocalTime().isBefore(workStart)) {
                return day.atTime(workStart).atZone(zone);
            }
            if (at.toLocalTime().isBefore(workEnd)) {
                return at;
            }
        }
        return nextWorkingDayStart(day);
    }

    private ZonedDateTime nextWorkingDayStart(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next.atTime(workStart).atZone(zone);
    }
}
