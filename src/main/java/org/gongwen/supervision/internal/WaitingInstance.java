package org.gongwen.supervision.internal;

import java.time.Instant;

/**
 * An instance waiting at a step: what it is about (a document's title, a seal's name), the unit
 * it concerns, whose desk it is on ({@code assignee}; null while a group's members may claim it,
 * then {@code candidates} names the group), since when, for how many working hours, and the page
 * that shows its document or seal ({@code link}, a route of this application).
 */
public record WaitingInstance(
        String processInstanceId,
        String processKey,
        String activityId,
        String subject,
        String businessKey,
        Long unitId,
        String unitName,
        String assignee,
        String assigneeName,
        String candidates,
        Instant since,
        double waitedHours,
        Instant due,
        boolean overdue,
        String link) {}
