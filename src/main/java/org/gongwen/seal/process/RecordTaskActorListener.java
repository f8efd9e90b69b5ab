package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who verified the application and who confirmed the making (A20, A21): the steps
 * after those tasks (making runs later as a job) are recorded as theirs, not the system's.
 */
@Component("recordTaskActorListener")
class RecordTaskActorListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SealApplicationProcess application = SealApplicationProcess.of(task.getExecution());
        String actor = TaskActor.of(task);
        switch (task.getTaskDefinitionKey()) {
            case SealApplicationProcess.TASK_VERIFY -> application.setVerifiedBy(actor);
            case SealApplicationProcess.TASK_MAKE -> application.setMadeBy(actor);
            default -> throw new IllegalStateException("No actor to record for " + task.getTaskDefinitionKey());
        }
    }
}
