package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.seal.internal.SealLifecycleService;
import org.springframework.stereotype.Component;

/** The county office approved the application (A20). */
@Component("approveSealApplicationDelegate")
class ApproveSealApplicationDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;

    ApproveSealApplicationDelegate(SealLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        lifecycle.approve(application.sealId(), application.opinion(), application.verifiedBy());
    }
}
