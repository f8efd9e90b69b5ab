package org.gongwen.operations.process;

import java.time.Instant;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Tells the county office on every channel that paper transmission starts or ends (A31). */
@Component
class CountyOfficeNotice {

    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;
    private final CountyZone zone;

    CountyOfficeNotice(
            OrganizationService organization,
            NotificationService notifications,
            Translations translations,
            CountyZone zone) {
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
        this.zone = zone;
    }

    void paperModeStarted(IncidentInfo incident) {
        send("incident.notice.paperTitle", "incident.notice.paperBody", incident, incident.paperFrom());
    }

    void restored(IncidentInfo incident) {
        send("incident.notice.restoredTitle", "incident.notice.restoredBody", incident, incident.restoredAt());
    }

    private void send(String titleKey, String bodyKey, IncidentInfo incident, Instant at) {
        String time = zone.formatTime(at);
        String title = translations.getTranslation(titleKey, Translations.CHINESE, incident.id());
        String body = translations.getTranslation(
                bodyKey, Translations.CHINESE, time, incident.reporterUnitName(), incident.what());
        notifications.notify(
                organization.personIdsWithRole(Role.COUNTY_OFFICE), title, body, "incidents", Channel.all());
    }
}
