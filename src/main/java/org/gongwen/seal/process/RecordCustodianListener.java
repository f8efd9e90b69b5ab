package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who collected the seal: the custodian who completed the collect task (A25). */
@Component("recordCustodianListener")
class RecordCustodianListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        SealApplicationProcess.of(task.getExecution()).setCustodian(task.getAssignee());
    }
}
