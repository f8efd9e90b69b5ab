package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.receipt.internal.ReissueDecisions;
import org.springframework.stereotype.Component;

/** The sender grants extra copies: the recipient's print quota rises, with new copy numbers (A10.2). */
@Component("raisePrintQuotaDelegate")
class RaisePrintQuotaDelegate implements JavaDelegate {

    private final ReissueDecisions decisions;

    RaisePrintQuotaDelegate(ReissueDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentReissueProcess reissue = DocumentReissueProcess.of(execution);
        decisions.raiseQuota(
                reissue.requestId(),
                reissue.decision().decidedBy(),
                reissue.decision().reason());
    }
}
