package org.gongwen.workflow;

import java.util.Optional;

/**
 * Implemented by a module whose processes act on a document, so that the person who approves,
 * stamps, confirms or decides sees that document on the task page. The workflow module asks every
 * source; the one that owns the task's process answers.
 */
public interface TaskDocumentSource {

    /** The document of {@code task}, which the caller has been allowed to open; empty if the task is not about one. */
    Optional<TaskDocument> documentFor(TaskDetails task);
}
