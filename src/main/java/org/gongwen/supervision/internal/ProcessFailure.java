package org.gongwen.supervision.internal;

import java.time.Instant;

/**
 * A job that failed with no retries left or an open incident: its process, step and message.
 * {@code jobId} is what a retry needs; null for an incident with no job behind it.
 */
public record ProcessFailure(
        String id,
        String kind,
        String jobId,
        String processInstanceId,
        String processKey,
        String processName,
        String activityId,
        String activityName,
        String message,
        Instant time) {}
