package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** Not approved, a witness refused, or the deadline passed: the seal stays as it was; the applicant is told. */
@Component("notifyRevocationWithoutEffectDelegate")
class NotifyRevocationWithoutEffectDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final Translations translations;

    NotifyRevocationWithoutEffectDelegate(NotificationService notifications, Translations translations) {
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        notifications.notifyUser(revocation.initiator(),
                translations.getTranslation("sealRevocation.noEffect.title", Translations.CHINESE,
                        revocation.sealName()),
                translations.getTranslation("sealRevocation.noEffect.body", Translations.CHINESE), "seals");
    }
}
