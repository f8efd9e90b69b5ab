package org.gongwen.workflow;

import java.time.Instant;

/**
 * A row of the task inbox. {@code subject} is what the task's process is about in the user's words
 * (a document's title, a seal's name), from the process variable {@value org.gongwen.shared.ProcessFacade#SUBJECT};
 * the business key stays for the API and the logs.
 */
public record TaskSummary(
        String id,
        String name,
        String processKey,
        String processName,
        String businessKey,
        String subject,
        Instant created,
        Instant due,
        String assignee,
        String assigneeName,
        int priority,
        boolean overdue) {}
