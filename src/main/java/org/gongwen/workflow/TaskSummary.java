package org.gongwen.workflow;

import java.time.Instant;

/** A row of the task inbox. */
public record TaskSummary(
        String id,
        String name,
        String processKey,
        String processName,
        String businessKey,
        Instant created,
        Instant due,
        String assignee,
        int priority,
        boolean overdue) {
}
