package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.seal.internal.SealApplicationService;
import org.springframework.stereotype.Component;

/** A lost or damaged seal continues into a new application prefilled from the old seal (A27). */
@Component("reissueSealDelegate")
class ReissueSealDelegate implements JavaDelegate {

    private final SealApplicationService applications;

    ReissueSealDelegate(SealApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        applications.reapply(revocation.sealId(), revocation.initiator());
    }
}
