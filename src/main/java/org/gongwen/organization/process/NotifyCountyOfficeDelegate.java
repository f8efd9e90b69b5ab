package org.gongwen.organization.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Tells the county office, which keeps the list of names and mobiles, about the handover (A32). */
@Component("notifyCountyOfficeDelegate")
class NotifyCountyOfficeDelegate implements JavaDelegate {

    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;

    NotifyCountyOfficeDelegate(
            OrganizationService organization, NotificationService notifications, Translations translations) {
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PersonnelHandoverProcess handover = PersonnelHandoverProcess.of(execution);
        String title = translations.getTranslation(
                "handover.notice.title",
                Translations.CHINESE,
                handover.unitName(),
                handover.outgoingName(),
                handover.successorName());
        String body = translations.getTranslation(
                "handover.notice.body", Translations.CHINESE, handover.rolesLabel(), handover.reassignedTasks());
        notifications.notify(organization.personIdsWithRole(Role.COUNTY_OFFICE), title, body, "phone-list");
    }
}
