package org.gongwen.workflow.internal;

import java.util.List;

/**
 * The difference between two versions of a process: element by element (flow nodes, flows,
 * events, with their attributes; diagram layout left out), and the unified diff of the XML.
 */
public record ProcessDiff(
        String key, int fromVersion, int toVersion, List<ElementChange> changes, List<String> unifiedDiff) {

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One element that differs; {@code details} name the changed attributes as "name: old → new". */
    public record ElementChange(
            ChangeKind kind, String elementId, String elementType, String name, List<String> details) {}
}
