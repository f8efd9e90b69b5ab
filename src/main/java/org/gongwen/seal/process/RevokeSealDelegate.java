package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.seal.SealLifecycleService;
import org.springframework.stereotype.Component;

/** All three parties confirmed: status revoked, certificate on the CRL, key material destroyed (A22, A26). */
@Component("revokeSealDelegate")
class RevokeSealDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;

    RevokeSealDelegate(SealLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        lifecycle.revoke(revocation.sealId(), revocation.reason().crlReason(), revocation.explanation());
    }
}
