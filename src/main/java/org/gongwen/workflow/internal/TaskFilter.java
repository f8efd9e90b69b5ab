package org.gongwen.workflow.internal;

import java.time.Instant;

/**
 * What the inbox shows: optionally one process, a due window, only overdue tasks, only tasks
 * assigned to me or only unclaimed ones, in a sort order.
 */
public record TaskFilter(
        String processKey,
        Instant dueAfter,
        Instant dueBefore,
        boolean overdueOnly,
        Scope scope,
        Sort sort,
        boolean ascending) {

    public enum Scope {
        ALL,
        MINE,
        UNCLAIMED
    }

    public enum Sort {
        CREATED,
        DUE,
        NAME,
        PRIORITY
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, null, false, Scope.ALL, Sort.CREATED, false);
    }

    public TaskFilter withProcess(String key) {
        return new TaskFilter(key, dueAfter, dueBefore, overdueOnly, scope, sort, ascending);
    }

    public TaskFilter withOverdueOnly(boolean overdue) {
        return new TaskFilter(processKey, dueAfter, dueBefore, overdue, scope, sort, ascending);
    }

    public TaskFilter withScope(Scope newScope) {
        return new TaskFilter(processKey, dueAfter, dueBefore, overdueOnly, newScope, sort, ascending);
    }

    public TaskFilter withDue(Instant after, Instant before) {
        return new TaskFilter(processKey, after, before, overdueOnly, scope, sort, ascending);
    }

    public TaskFilter sortedBy(Sort newSort, boolean asc) {
        return new TaskFilter(processKey, dueAfter, dueBefore, overdueOnly, scope, newSort, asc);
    }
}
