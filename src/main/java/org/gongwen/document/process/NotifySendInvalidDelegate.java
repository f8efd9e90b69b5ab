package org.gongwen.document.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Validation failed: nothing went out; the sender is told why. */
@Component("notifySendInvalidDelegate")
class NotifySendInvalidDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final Translations translations;

    NotifySendInvalidDelegate(NotificationService notifications, Translations translations) {
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentSendProcess send = DocumentSendProcess.of(execution);
        notifications.notifyUser(
                send.sender(),
                translations.getTranslation("documentSend.invalid.title", Translations.CHINESE),
                send.invalidReason(),
                "documents");
    }
}
