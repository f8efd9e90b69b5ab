package org.gongwen.document.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Validation failed: nothing went out; the sender is told why. */
@Component("notifySendInvalidDelegate")
class NotifySendInvalidDelegate implements JavaDelegate {

    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;

    NotifySendInvalidDelegate(OrganizationService organization, NotificationService notifications,
            Translations translations) {
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        organization.personByUsername(send.sender()).map(PersonInfo::id).ifPresent(sender -> notifications.notify(
                List.of(sender), translations.getTranslation("documentSend.invalid.title", Translations.CHINESE),
                send.invalidReason(), "documents"));
    }
}
