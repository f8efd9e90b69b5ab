package org.gongwen.seal.process;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * All three parties confirmed: status revoked, certificate on the CRL, key material destroyed
 * (A22, A26). Recorded as the decision of the county office person who approved it, with the
 * three confirmations; the seal's custodian and the unit's leaders are told on every channel,
 * so nobody learns it from a refused stamp.
 */
@Component("revokeSealDelegate")
class RevokeSealDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final CountyZone zone;
    private final Clock clock;

    RevokeSealDelegate(
            SealLifecycleService lifecycle,
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            CountyZone zone,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        String note = revocation.confirmations() == null
                ? revocation.explanation()
                : revocation.explanation() + "；"
                        + translations.getTranslation(
                                "sealRevocation.effective.confirmedBy",
                                Translations.CHINESE,
                                revocation.confirmations());
        SealInfo seal =
                lifecycle.revoke(revocation.sealId(), revocation.reason().crlReason(), note, revocation.approvedBy());
        notifications.notify(
                custodianAndLeaders(seal),
                translations.getTranslation("sealRevocation.effective.title", Translations.CHINESE, seal.name()),
                translations.getTranslation(
                        "sealRevocation.effective.body",
                        Translations.CHINESE,
                        zone.formatTime(clock.instant()),
                        revocation.explanation()),
                "seals",
                Channel.all());
    }

    /** The registered custodian (the unit's custodians if none is registered) and the unit's leaders. */
    private Set<Long> custodianAndLeaders(SealInfo seal) {
        Set<Long> people = new LinkedHashSet<>();
        if (seal.custodianId() != null) {
            people.add(seal.custodianId());
        } else {
            organization
                    .activePeopleWithRoleIn(Role.SEAL_CUSTODIAN, seal.unitId())
                    .forEach(p -> people.add(p.id()));
        }
        organization.activePeopleWithRoleIn(Role.LEADER, seal.unitId()).stream()
                .map(PersonInfo::id)
                .forEach(people::add);
        return people;
    }
}
