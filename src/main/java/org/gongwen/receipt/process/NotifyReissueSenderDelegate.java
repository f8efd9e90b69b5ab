package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReissueDecisions;
import org.springframework.stereotype.Component;

/** Tells the sender's clerks and leaders what a recipient asked for (A10.2). */
@Component("notifyReissueSenderDelegate")
class NotifyReissueSenderDelegate implements JavaDelegate {

    private final ReissueDecisions decisions;

    NotifyReissueSenderDelegate(ReissueDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.notifySender(DocumentReissueProcess.of(execution).requestId());
    }
}
