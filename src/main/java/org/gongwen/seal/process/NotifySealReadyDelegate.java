package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Tells the unit's seal custodians and the applicant that the seal is ready to collect (A21). */
@Component("notifySealReadyDelegate")
class NotifySealReadyDelegate implements JavaDelegate {

    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;

    NotifySealReadyDelegate(
            OrganizationService organization, NotificationService notifications, Translations translations) {
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        java.util.List<Long> recipients = new java.util.ArrayList<>(
                organization.activePeopleWithRoleIn(Role.SEAL_CUSTODIAN, application.unitId()).stream()
                        .map(PersonInfo::id)
                        .toList());
        organization
                .personByUsername(application.initiator())
                .map(PersonInfo::id)
                .ifPresent(recipients::add);
        notifications.notify(
                recipients,
                translations.getTranslation(
                        "sealApplication.ready.title", Translations.CHINESE, application.sealName()),
                translations.getTranslation("sealApplication.ready.body", Translations.CHINESE),
                "tasks");
    }
}
