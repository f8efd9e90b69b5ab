package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReissueDecisions;
import org.springframework.stereotype.Component;

/** The sender refused; the recipient is told why (A10.2). */
@Component("refuseReissueDelegate")
class RefuseReissueDelegate implements JavaDelegate {

    private final ReissueDecisions decisions;

    RefuseReissueDelegate(ReissueDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
        decisions.refuse(
                reissue.requestId(),
                reissue.decision().decidedBy(),
                reissue.decision().reason());
    }
}
