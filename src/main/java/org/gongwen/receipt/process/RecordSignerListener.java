package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who signed for the document: the clerk who completed the sign-for task. */
@Component("recordSignerListener")
class RecordSignerListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DocumentReceiptProcess.of(task.getExecution()).setSignedBy(task.getAssignee());
    }
}
