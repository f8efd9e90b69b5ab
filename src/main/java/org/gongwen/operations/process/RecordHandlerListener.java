package org.gongwen.operations.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who completed a handling round: the round and the restoration are recorded as theirs (A31). */
@Component("recordHandlerListener")
class RecordHandlerListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SystemFaultProcess.of(task).setHandledBy(task.getAssignee());
    }
}
