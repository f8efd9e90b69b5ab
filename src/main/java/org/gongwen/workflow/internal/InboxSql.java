package org.gongwen.workflow.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task inbox's queries as the engine's native task queries. Camunda's own task query for "assigned
 * to me or offered to me or my groups" joins the identity links and sorts {@code select distinct} over
 * every column of every visible task (the description is 4,000 characters wide) before it can cut out a
 * page: on MariaDB well over 100 ms with a few thousand open tasks. Here the page is found among narrow
 * rows first (id and sort column of the tasks assigned to me, and of the unclaimed ones offered to me
 * through a candidate link, found from the links' group and user indexes), and only the page's tasks are
 * read whole. Counts add the two parts, which never overlap. The rules are the engine's: active tasks
 * only, candidate links only, an offer counts only while the task is unclaimed; the caller's groups are
 * those of the signed-in principal, as before.
 */
public final class InboxSql {

    /** SQL with {@code #{name}} parameters for {@code NativeTaskQuery}. */
    public record Query(String sql, Map<String, Object> parameters) {}

    private final TaskFilter filter;
    private final String username;
    private final List<String> groups;
    private final Instant now;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private InboxSql(TaskFilter filter, String username, Collection<String> groups, Instant now) {
        this.filter = filter;
        this.username = username;
        this.groups = List.copyOf(groups);
        this.now = now;
    }

    /** The page of tasks the filter shows, in its order, with the task id as the tie-break; list() it. */
    public static Query page(
            TaskFilter filter, String username, Collection<String> groups, Instant now, int offset, int limit) {
        InboxSql sql = new InboxSql(filter, username, groups, now);
        String column = sortColumn(filter);
        String direction = filter.ascending() ? " asc" : " desc";
        String ids = switch (filter.scope()) {
            case MINE -> sql.mine(column);
            case UNCLAIMED -> sql.offered(column, false);
            case ALL -> sql.mine(column) + " union " + sql.offered(column, false);
        };
        String pageSql = "select RES.* from ACT_RU_TASK RES join (" + ids + " order by SORT_" + direction
                + ", ID_ asc limit " + sql.parameter("limit", limit) + " offset " + sql.parameter("offset", offset)
                + ") P on P.ID_ = RES.ID_ order by RES." + column + direction + ", RES.ID_ asc";
        return new Query(pageSql, sql.parameters);
    }

    /** How many tasks the filter shows, as counts to add up ("all" is "mine" plus "unclaimed"). */
    public static List<Query> count(TaskFilter filter, String username, Collection<String> groups, Instant now) {
        List<TaskFilter.Scope> parts = filter.scope() == TaskFilter.Scope.ALL
                ? List.of(TaskFilter.Scope.MINE, TaskFilter.Scope.UNCLAIMED)
                : List.of(filter.scope());
        return parts.stream()
                .map(part -> {
                    InboxSql sql = new InboxSql(filter, username, groups, now);
                    String count = part == TaskFilter.Scope.MINE
                            ? "select count(*) from ACT_RU_TASK T where T.ASSIGNEE_ = "
                                    + sql.parameter("user", username) + sql.restrictions()
                            : sql.offered(null, true);
                    return new Query(count, sql.parameters);
                })
                .toList();
    }

    private String mine(String column) {
        return "select T.ID_, T." + column + " SORT_ from ACT_RU_TASK T where T.ASSIGNEE_ = "
                + parameter("user", username) + restrictions();
    }

    /** The unclaimed tasks offered to me or my groups: their id and sort column, or how many there are. */
    private String offered(String column, boolean count) {
        StringBuilder offer = new StringBuilder(
                        count ? "select count(distinct T.ID_)" : "select distinct T.ID_, T." + column + " SORT_")
                .append(" from ACT_RU_TASK T join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_"
                        + " where T.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and (I.USER_ID_ = ")
                .append(parameter("user", username));
        if (!groups.isEmpty()) {
            offer.append(" or I.GROUP_ID_ in (");
            for (int i = 0; i < groups.size(); i++) {
                offer.append(i == 0 ? "" : ", ").append(parameter("group" + i, groups.get(i)));
            }
            offer.append(")");
        }
        return offer.append(")").append(restrictions()).toString();
    }

    private String restrictions() {
        StringBuilder where = new StringBuilder(" and T.SUSPENSION_STATE_ = 1");
        if (filter.processKey() != null && !filter.processKey().isBlank()) {
            where.append(" and T.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = ")
                    .append(parameter("processKey", filter.processKey()))
                    .append(")");
        }
        if (filter.dueAfter() != null) {
            where.append(" and T.DUE_DATE_ > ").append(parameter("dueAfter", Date.from(filter.dueAfter())));
        }
        if (filter.dueBefore() != null) {
            where.append(" and T.DUE_DATE_ < ").append(parameter("dueBefore", Date.from(filter.dueBefore())));
        }
        if (filter.overdueOnly()) {
            where.append(" and T.DUE_DATE_ < ").append(parameter("now", Date.from(now)));
        }
        return where.toString();
    }

    private static String sortColumn(TaskFilter filter) {
        return switch (filter.sort()) {
            case DUE -> "DUE_DATE_";
            case NAME -> "NAME_";
            case PRIORITY -> "PRIORITY_";
            case CREATED -> "CREATE_TIME_";
        };
    }

    private String parameter(String name, Object value) {
        parameters.put(name, value);
        return "#{" + name + "}";
    }
}
