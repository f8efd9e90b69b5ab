package org.gongwen.supervision.internal;

import java.time.Instant;
import java.util.List;

/** Every step of one process instance, in order, with who did it and when. */
public record ProcessTimeline(
        String processInstanceId,
        String processKey,
        String processName,
        String subject,
        String businessKey,
        Long unitId,
        String unitName,
        Instant started,
        Instant ended,
        String link,
        List<TimelineStep> steps) {}
