package org.gongwen.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongwen.supervision.internal.ProcessHistoryQueries.StepVisit;
import org.gongwen.workflow.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The waits of a period at every step of every process: how many wait now, and the working
 * minutes of each wait that ended in the period. A year holds some hundred thousand ended waits;
 * reading them all and counting each in working hours at every look took most of a second, so the
 * past days' waits come from {@link WaitMemory} when one grouped count per day finds the day
 * unchanged, and only changed days are read again. Today's waits and those still open are always
 * read afresh. The first and last day of the count may reach beyond the period (the database dates
 * in its own zone) and are never remembered.
 */
@Component
public class PeriodWaits {

    private final ProcessHistoryQueries queries;
    private final WorkingHours hours;
    private final WaitMemory memory;
    private final ZoneId zone;
    private final Clock clock;

    PeriodWaits(ProcessHistoryQueries queries, WorkingCalendar calendar, Clock clock, WaitMemory memory) {
        this.queries = queries;
        this.hours = new WorkingHours(calendar);
        this.memory = memory;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    /** Per process key, its steps' waits in [from, to) (in the order met) and those open now. */
    public Map<String, Map<String, StepSample>> of(Instant from, Instant to, UnitScope scope) {
        Map<String, Map<String, StepSample>> samples = new LinkedHashMap<>();
        Instant today = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        Instant pastEnd = to.isBefore(today) ? to : today;
        if (from.isBefore(pastEnd)) {
            past(from, pastEnd, scope).values().forEach(day -> day.steps().forEach(s -> add(samples, s)));
        }
        Map<String, StepSample> fresh = new LinkedHashMap<>();
        for (StepVisit visit : queries.waits(from.isAfter(pastEnd) ? from : pastEnd, to, scope)) {
            StepSample sample = sample(fresh, visit);
            if (visit.end() == null) {
                sample.addWaiting();
            } else {
                sample.addEnded(hours.minutes(visit.start(), visit.end()));
            }
        }
        fresh.values().forEach(s -> add(samples, s));
        return samples;
    }

    private Map<LocalDate, DayWaits> past(Instant from, Instant to, UnitScope scope) {
        Map<LocalDate, Long> counts = new TreeMap<>(queries.endedWaitsPerDay(from, to, scope));
        List<LocalDate> days = List.copyOf(counts.keySet());
        Map<LocalDate, DayWaits> waits = new TreeMap<>();
        int runStart = -1;
        for (int i = 0; i <= days.size(); i++) {
            DayWaits known = i == days.size() || edge(i, days) ? null : memory.get(scope, days.get(i));
            boolean stale = i < days.size() && (known == null || known.count() != counts.get(days.get(i)));
            if (stale && runStart < 0) {
                runStart = i;
            } else if (!stale && runStart >= 0) {
                read(from, to, days, runStart, i - 1, scope, waits);
                runStart = -1;
            }
            if (known != null && !stale) {
                waits.put(days.get(i), known);
            }
        }
        return waits;
    }

    /** Reads the days first to last (indexes into days), remembering those wholly within the period. */
    private void read(
            Instant from,
            Instant to,
            List<LocalDate> days,
            int first,
            int last,
            UnitScope scope,
            Map<LocalDate, DayWaits> waits) {
        Map<LocalDate, Map<String, StepSample>> read = new TreeMap<>();
        queries.endedWaits(
                from,
                to,
                days.get(first),
                days.get(last),
                scope,
                (day, visit) -> sample(read.computeIfAbsent(day, d -> new LinkedHashMap<>()), visit)
                        .addEnded(hours.minutes(visit.start(), visit.end())));
        for (int i = first; i <= last; i++) {
            LocalDate day = days.get(i);
            Map<String, StepSample> steps = read.get(day);
            if (steps == null) {
                continue;
            }
            DayWaits dayWaits = new DayWaits(
                    steps.values().stream().mapToLong(StepSample::ended).sum(),
                    steps.values().stream().map(StepSample::trimmed).toList());
            if (!edge(i, days)) {
                memory.put(scope, day, dayWaits);
            }
            waits.put(day, dayWaits);
        }
    }

    private static boolean edge(int i, List<LocalDate> days) {
        return i == 0 || i == days.size() - 1;
    }

    private static StepSample sample(Map<String, StepSample> steps, StepVisit visit) {
        return steps.computeIfAbsent(
                visit.processKey() + '\n' + visit.activityId(),
                k -> new StepSample(visit.processKey(), visit.activityId(), visit.name(), visit.type()));
    }

    private static void add(Map<String, Map<String, StepSample>> samples, StepSample sample) {
        samples.computeIfAbsent(sample.processKey, k -> new LinkedHashMap<>())
                .computeIfAbsent(
                        sample.activityId, id -> new StepSample(sample.processKey, id, sample.name, sample.type))
                .addAll(sample);
    }
}
