package org.gongwen.workflow;

import java.time.Instant;
import java.util.Map;
import org.gongwen.workflow.forms.CamundaForm;

/**
 * An opened task: the task, its form (if any), its variables and the process it belongs to.
 * {@code startedBy} is a username, {@code startedByName} that person's name. {@code offeredToGroups} says whether it has candidates, so that it can be given back to them.
 */
public record TaskDetails(
        TaskSummary task,
        String description,
        CamundaForm form,
        Map<String, Object> variables,
        String processInstanceId,
        String startedBy,
        String startedByName,
        Instant processStarted,
        boolean offeredToGroups) {}
