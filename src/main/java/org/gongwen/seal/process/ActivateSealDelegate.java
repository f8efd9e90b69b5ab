package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.springframework.stereotype.Component;

/** The registered custodian takes the seal into use (A25). */
@Component("activateSealDelegate")
class ActivateSealDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;

    ActivateSealDelegate(SealLifecycleService lifecycle, OrganizationService organization) {
        this.lifecycle = lifecycle;
        this.organization = organization;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        PersonInfo custodian = organization
                .personByUsername(application.custodian())
                .orElseThrow(() -> new BpmnError("NoCustodian", application.custodian()));
        lifecycle.activate(application.sealId(), custodian.id());
    }
}
