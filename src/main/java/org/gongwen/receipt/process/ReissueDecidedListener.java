package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who decided a reissue request; a refusal must say why (A10.2). */
@Component("reissueDecidedListener")
class ReissueDecidedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DocumentReissueProcess.of(task.getExecution())
                .decision()
                .record(task.getAssignee(), "reissue.error.refusalReason");
    }
}
