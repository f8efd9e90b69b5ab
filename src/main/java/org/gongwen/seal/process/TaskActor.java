package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: its assignee, else the user the engine was told acts (engine REST without a claim). */
final class TaskActor {

    private TaskActor() {}

    static String of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication engine =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return engine == null ? null : engine.getUserId();
    }
}
