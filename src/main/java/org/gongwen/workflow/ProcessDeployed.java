package org.gongwen.workflow;

/**
 * An administrator deployed a process model as a new version (by upload, edit or revert to
 * {@code revertedFromVersion}, null otherwise). The audit log records it.
 */
public record ProcessDeployed(String processKey, int version, String definitionId, String deploymentId,
        String username, Integer revertedFromVersion) {
}
