package org.gongwen.seal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit applies for an electronic seal named after it (A18): starts {@code seal-application}. */
@Service
public class SealApplicationService {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthenticatedUser authenticatedUser;

    public SealApplicationService(SealLifecycleService lifecycle, OrganizationService organization,
            RuntimeService runtime, IdentityService identity, AuthenticatedUser authenticatedUser) {
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.runtime = runtime;
        this.identity = identity;
        this.authenticatedUser = authenticatedUser;
    }

    @Transactional
    @Secured({"ROLE_" + Role.Names.LEADER, "ROLE_" + Role.Names.CLERK, "ROLE_" + Role.Names.SEAL_CUSTODIAN})
    public SealInfo apply(SealType type, String reason) {
        CurrentUser user = authenticatedUser.require();
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw BusinessException.invalid("sealApplication.error.reason");
        }
        UnitInfo unit = organization.unit(user.unitId()).orElseThrow();
        String name = type == SealType.DOCUMENT ? unit.fullName() + "公文专用章" : unit.fullName();
        return start(unit, name, type, reason.trim(), user.username());
    }

    /** Re-issue after loss or damage (A27): a new application prefilled from the revoked seal. */
    @Transactional
    public SealInfo reapply(long revokedSealId, String applicant) {
        SealInfo old = lifecycle.info(revokedSealId);
        UnitInfo unit = organization.unit(old.unitId()).orElseThrow();
        return start(unit, old.name(), old.type(), "重新申领：原印章（编号 " + old.id() + "）遗失或损坏后已吊销", applicant);
    }

    private SealInfo start(UnitInfo unit, String name, SealType type, String reason, String applicant) {
        SealInfo seal = lifecycle.register(unit.id(), name, type);
        identity.setAuthenticatedUserId(applicant);
        try {
            runtime.startProcessInstanceByKey(SealApplicationProcess.KEY, SealApplicationProcess.businessKey(seal.id()),
                    SealApplicationProcess.startVariables(seal.id(), unit.id(), unit.code(), unit.fullName(), name,
                            reason));
        } finally {
            identity.clearAuthentication();
        }
        return seal;
    }
}
