package org.gongwen.supervision.internal;

import java.time.Instant;

/** One step an instance went through, from the engine's history: who, from when to when (null while open). */
public record TimelineStep(
        String activityId,
        String name,
        String type,
        String assignee,
        String assigneeName,
        Instant start,
        Instant end,
        Double workingHours) {}
