package org.gongwen.workflow.internal;

import java.util.List;

/** A process key with all its deployed versions, oldest first; new instances start the latest. */
public record DeployedProcess(String key, String name, int latestVersion, List<ProcessVersion> versions) {

    public long runningInstances() {
        return versions.stream().mapToLong(ProcessVersion::runningInstances).sum();
    }
}
