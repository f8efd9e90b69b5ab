package org.gongwen.seal.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.seal.SealProperties;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.ProcessStarter;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owning unit asks to revoke a seal (change, abolition, damage, loss, style): starts {@code seal-revocation}. */
@Service
public class SealRevocationService {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final SealProperties properties;

    public SealRevocationService(
            SealLifecycleService lifecycle,
            OrganizationService organization,
            RuntimeService runtime,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            Translations translations,
            SealProperties properties) {
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.runtime = runtime;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
        this.properties = properties;
    }

    @Transactional
    @Secured({"ROLE_" + Role.Names.LEADER, "ROLE_" + Role.Names.SEAL_CUSTODIAN})
    public void request(long sealId, RevocationReason reason, String explanation) {
        CurrentUser user = authenticatedUser.require();
        SealInfo seal = lifecycle.info(sealId);
        if (seal.unitId() != user.unitId()) {
            throw BusinessException.notFound("seal.error.notFound", sealId);
        }
        if (seal.status() != SealStatus.ACTIVE && seal.status() != SealStatus.MADE) {
            throw BusinessException.conflict("seal.error.transition", seal.status(), SealStatus.REVOKED);
        }
        if (explanation == null || explanation.isBlank() || explanation.length() > 500) {
            throw BusinessException.invalid("sealRevocation.error.explanation");
        }
        String businessKey = SealRevocationProcess.businessKey(sealId);
        if (runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0) {
            throw BusinessException.conflict("sealRevocation.error.running", seal.name());
        }
        UnitInfo unit = organization.unit(seal.unitId()).orElseThrow();
        starter.startAs(
                user.username(),
                SealRevocationProcess.KEY,
                businessKey,
                SealRevocationProcess.startVariables(
                        sealId,
                        unit.code(),
                        unit.fullName(),
                        seal.name(),
                        reason,
                        translations.getTranslation("revocationReason." + reason.name(), Translations.CHINESE),
                        explanation.trim(),
                        witnessGroup(UnitKind.CITY_SECRECY_BUREAU),
                        witnessGroup(UnitKind.COUNTY_OFFICE),
                        properties.witnessDeadline()));
        lifecycle.noteRevocationRequested(
                sealId,
                translations.getTranslation("revocationReason." + reason.name(), Translations.CHINESE) + "："
                        + explanation.trim());
    }

    private String witnessGroup(UnitKind kind) {
        return organization.units().stream()
                .filter(u -> u.kind() == kind)
                .findFirst()
                .map(u -> Role.WITNESS.groupIn(u.code()))
                .orElseThrow(() -> BusinessException.conflict("sealRevocation.error.noWitnessUnit", kind));
    }
}
