package org.gongwen.workflow.internal;

import java.time.Instant;

/** One deployed version of a process model and how many of its instances are still running. */
public record ProcessVersion(
        String definitionId,
        int version,
        String deploymentId,
        String resourceName,
        Instant deployedAt,
        long runningInstances) {}
