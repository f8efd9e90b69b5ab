package org.gongwen.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reads over the engine's history and runtime tables (ACT_HI_*, ACT_RU_*), in
 * plain SQL because the query services load whole entities one instance at a time. Camunda's own
 * indexes (end time, start and end time, process instance) serve every query here.
 *
 * <p>A {@link UnitScope} narrows a query to the instances that concern one unit: those with a
 * variable naming it ({@value #UNIT_CODE_VARIABLES} by code, {@code unitId} by id).
 */
@Component
public class ProcessHistoryQueries {

    /** The step types an instance waits at: people, timers, messages, called processes. */
    public static final List<String> WAIT_TYPES = List.of(
            "userTask",
            "receiveTask",
            "intermediateTimer",
            "intermediateMessageCatch",
            "intermediateSignalCatch",
            "intermediateConditional",
            "callActivity");

    static final String UNIT_CODE_VARIABLES = "unitCode, recipientUnitCode, senderUnitCode";
    private static final String WAIT_TYPE_LIST = "'" + String.join("','", WAIT_TYPES) + "'";
    private static final String SCOPE = " and %s in (select v.PROC_INST_ID_ from ACT_HI_VARINST v where "
            + "(v.NAME_ in ('unitCode', 'recipientUnitCode', 'senderUnitCode') and v.TEXT_ = ?) "
            + "or (v.NAME_ = 'unitId' and v.LONG_ = ?))";
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    ProcessHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per process key: instances started in [from, to), completed in it, and running now. */
    public Map<String, long[]> instanceCounts(Instant from, Instant to, UnitScope scope) {
        Map<String, long[]> counts = new HashMap<>();
        count(counts, 0, "START_TIME_ >= ? and START_TIME_ < ?", scope, ts(from), ts(to));
        count(counts, 2, "END_TIME_ >= ? and END_TIME_ < ?", scope, ts(from), ts(to));
        count(counts, 1, "END_TIME_ is null", scope);
        return counts;
    }

    private void count(Map<String, long[]> counts, int slot, String where, UnitScope scope, Object... args) {
        String sql = "select p.PROC_DEF_KEY_, count(*) from ACT_HI_PROCINST p where " + where
                + scoped("p.PROC_INST_ID_", scope) + " group by p.PROC_DEF_KEY_";
        jdbc.query(
                sql,
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[3])[slot] = rs.getLong(2);
                },
                args(scope, args));
    }

    /** The waits at every step that ended in [from, to) or are still open. */
    public List<StepVisit> waits(Instant from, Instant to, UnitScope scope) {
        String select = "select a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.PROC_INST_ID_, a.START_TIME_,"
                + " a.END_TIME_ from ACT_HI_ACTINST a where a.ACT_TYPE_ in (" + WAIT_TYPE_LIST + ")";
        List<StepVisit> visits = new ArrayList<>(jdbc.query(
                select + " and a.END_TIME_ >= ? and a.END_TIME_ < ?" + scoped("a.PROC_INST_ID_", scope),
                ProcessHistoryQueries::visit,
                args(scope, new Object[] {ts(from), ts(to)})));
        visits.addAll(jdbc.query(
                select + " and a.END_TIME_ is null" + scoped("a.PROC_INST_ID_", scope),
                ProcessHistoryQueries::visit,
                args(scope, new Object[0])));
        return visits;
    }

    /**
     * Per day, how many waits ended in [from, to): the day as the database dates the end time
     * ({@code cast(END_TIME_ as date)}, in the zone it stores times in), so that a count and the waits
     * read for that day ({@link #endedWaits}) always agree, whatever that zone.
     */
    public Map<LocalDate, Long> endedWaitsPerDay(Instant from, Instant to, UnitScope scope) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(
                "select cast(a.END_TIME_ as date), count(*) from ACT_HI_ACTINST a where a.ACT_TYPE_ in ("
                        + WAIT_TYPE_LIST + ") and a.END_TIME_ >= ? and a.END_TIME_ < ?"
                        + scoped("a.PROC_INST_ID_", scope)
                        + " group by cast(a.END_TIME_ as date)",
                rs -> {
                    counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                },
                args(scope, new Object[] {ts(from), ts(to)}));
        return counts;
    }

    /** The waits that ended in [from, to) on the database's days first to last ({@link #endedWaitsPerDay}). */
    public void endedWaits(
            Instant from, Instant to, LocalDate first, LocalDate last, UnitScope scope, DatedVisits handler) {
        // whatever zone the database dates in, its day lies within a day of the UTC day of the same date:
        // bounds on END_TIME_ itself let its index narrow the read
        Instant lower =
                max(from, first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Instant upper = min(to, last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        jdbc.query(
                "select a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.PROC_INST_ID_, a.START_TIME_,"
                        + " a.END_TIME_, cast(a.END_TIME_ as date) from ACT_HI_ACTINST a where a.ACT_TYPE_ in ("
                        + WAIT_TYPE_LIST + ") and a.END_TIME_ >= ? and a.END_TIME_ < ?"
                        + " and cast(a.END_TIME_ as date) between ? and ?" + scoped("a.PROC_INST_ID_", scope),
                rs -> {
                    handler.add(rs.getObject(8, LocalDate.class), visit(rs, 0));
                },
                args(scope, new Object[] {ts(lower), ts(upper), first, last}));
    }

    /** Receives each ended wait with its database day. */
    @FunctionalInterface
    public interface DatedVisits {
        void add(LocalDate day, StepVisit visit);
    }

    /** The open waits at one step, with the task (if a person's) and the instance's business key. */
    public List<OpenWait> openWaits(String processKey, String activityId, UnitScope scope) {
        String sql = "select a.PROC_INST_ID_, a.START_TIME_, t.ID_, t.ASSIGNEE_, t.DUE_DATE_, p.BUSINESS_KEY_"
                + " from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_"
                + " left join ACT_RU_TASK t on t.ID_ = a.TASK_ID_"
                + " where a.PROC_DEF_KEY_ = ? and a.ACT_ID_ = ? and a.END_TIME_ is null"
                + scoped("a.PROC_INST_ID_", scope) + " order by a.START_TIME_";
        return jdbc.query(
                sql,
                (rs, n) -> new OpenWait(
                        rs.getString(1),
                        processKey,
                        activityId,
                        instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, 5),
                        rs.getString(6)),
                args(scope, new Object[] {processKey, activityId}));
    }

    /** Every open user task, with its process key and step. */
    public List<OpenWait> openTasks(UnitScope scope) {
        String sql = "select t.PROC_INST_ID_, d.KEY_, t.TASK_DEF_KEY_, t.CREATE_TIME_, t.ID_, t.ASSIGNEE_,"
                + " t.DUE_DATE_ from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
                + " where t.PROC_INST_ID_ is not null" + scoped("t.PROC_INST_ID_", scope);
        return jdbc.query(
                sql,
                (rs, n) -> new OpenWait(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7),
                        null),
                args(scope, new Object[0]));
    }

    /** The candidate groups of open tasks, by task id. */
    public Map<String, List<String>> candidateGroups(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        inBatches(
                taskIds,
                "select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                        + " and GROUP_ID_ is not null and TASK_ID_ in (%s)",
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return groups;
    }

    /** The named variables of the given instances (text or whole-number values), by instance id. */
    public Map<String, Map<String, Object>> variables(Collection<String> instanceIds, Collection<String> names) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        String nameList = "'" + String.join("','", names) + "'";
        inBatches(
                instanceIds,
                "select PROC_INST_ID_, NAME_, TEXT_, LONG_ from ACT_HI_VARINST where NAME_ in (" + nameList
                        + ") and PROC_INST_ID_ in (%s)",
                rs -> {
                    Object value = rs.getString(3) != null ? rs.getString(3) : (Object) rs.getObject(4);
                    if (value != null) {
                        values.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .putIfAbsent(rs.getString(2), value);
                    }
                });
        return values;
    }

    /** Instances of one process started in [from, to): id, business key, start. */
    public List<InstanceRow> started(String processKey, Instant from, Instant to) {
        return jdbc.query(
                "select PROC_INST_ID_, BUSINESS_KEY_, START_TIME_ from ACT_HI_PROCINST"
                        + " where PROC_DEF_KEY_ = ? and START_TIME_ >= ? and START_TIME_ < ?",
                (rs, n) -> new InstanceRow(rs.getString(1), rs.getString(2), instant(rs, 3)),
                processKey,
                ts(from),
                ts(to));
    }

    /** Instances of one process by business key: id, business key, start (all versions, all outcomes). */
    public List<InstanceRow> byBusinessKeys(String processKey, Collection<String> businessKeys) {
        List<InstanceRow> rows = new ArrayList<>();
        inBatches(
                businessKeys,
                "select PROC_INST_ID_, BUSINESS_KEY_, START_TIME_ from ACT_HI_PROCINST" + " where PROC_DEF_KEY_ = '"
                        + processKey.replace("'", "") + "' and BUSINESS_KEY_ in (%s)",
                rs -> {
                    rows.add(new InstanceRow(rs.getString(1), rs.getString(2), instant(rs, 3)));
                });
        return rows;
    }

    /** When each of the given instances reached one step (first time), by instance id. */
    public Map<String, Instant> reached(Collection<String> instanceIds, String activityId) {
        Map<String, Instant> at = new HashMap<>();
        inBatches(
                instanceIds,
                "select PROC_INST_ID_, START_TIME_ from ACT_HI_ACTINST where ACT_ID_ = '" + activityId.replace("'", "")
                        + "' and PROC_INST_ID_ in (%s)",
                rs -> {
                    at.merge(rs.getString(1), instant(rs, 2), (a, b) -> a.isBefore(b) ? a : b);
                });
        return at;
    }

    private void inBatches(
            Collection<String> ids, String sqlWithIn, org.springframework.jdbc.core.RowCallbackHandler handler) {
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query(sqlWithIn.formatted(marks), handler, batch.toArray());
        }
    }

    private static StepVisit visit(ResultSet rs, int n) throws SQLException {
        return new StepVisit(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs, 6),
                instant(rs, 7));
    }

    private static String scoped(String column, UnitScope scope) {
        return scope.county() ? "" : SCOPE.formatted(column);
    }

    private static Object[] args(UnitScope scope, Object[] args) {
        return scope.county() ? args : concat(args, scope.unitCode(), scope.unitId());
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** One visit of a wait step: ended null while it still waits. */
    public record StepVisit(
            String processKey,
            String activityId,
            String name,
            String type,
            String processInstanceId,
            Instant start,
            Instant end) {}

    /** An open wait; the task columns are null for a step no person works on. */
    public record OpenWait(
            String processInstanceId,
            String processKey,
            String activityId,
            Instant since,
            String taskId,
            String assignee,
            Instant due,
            String businessKey) {}

    public record InstanceRow(String processInstanceId, String businessKey, Instant start) {}
}
