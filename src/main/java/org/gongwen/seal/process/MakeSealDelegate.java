package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.seal.internal.SealLifecycleService;
import org.springframework.stereotype.Component;

/** Key pair, certificate, encrypted keystore and escrow copy (A21, A28); runs as a retried job. */
@Component("makeSealDelegate")
class MakeSealDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;

    MakeSealDelegate(SealLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        lifecycle.make(application.sealId(), application.madeBy());
    }
}
