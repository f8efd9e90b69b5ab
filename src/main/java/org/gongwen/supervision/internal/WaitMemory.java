package org.gongwen.supervision.internal;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The waits that ended on past days, per unit scope and day, already counted in working minutes,
 * in this node's memory: a past day's waits change only when history is removed or a clock is set
 * back, and {@link PeriodWaits} checks each day's count before it trusts what is remembered. At
 * most {@value #MAX_WAITS} waits (about 16 MB); the days looked at least recently go first.
 */
@Component
public class WaitMemory {

    static final long MAX_WAITS = 4_000_000;

    private final Map<Key, DayWaits> days = new LinkedHashMap<>(256, 0.75f, true);
    private final long maxWaits;
    private long size;

    WaitMemory() {
        this(MAX_WAITS);
    }

    WaitMemory(long maxWaits) {
        this.maxWaits = maxWaits;
    }

    synchronized DayWaits get(UnitScope scope, LocalDate day) {
        return days.get(new Key(scope, day));
    }

    synchronized void put(UnitScope scope, LocalDate day, DayWaits waits) {
        DayWaits before = days.put(new Key(scope, day), waits);
        size += waits.size() - (before == null ? 0 : before.size());
        Iterator<DayWaits> eldest = days.values().iterator();
        while (size > maxWaits && eldest.hasNext()) {
            size -= eldest.next().size();
            eldest.remove();
        }
    }

    /** How many days are remembered for the scope. */
    public synchronized long days(UnitScope scope) {
        return days.keySet().stream().filter(k -> k.scope.equals(scope)).count();
    }

    /** Forgets every day, as after a start. */
    public synchronized void forget() {
        days.clear();
        size = 0;
    }

    private record Key(UnitScope scope, LocalDate day) {}
}
