package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** The county office refused: the seal is marked rejected and the applicant told why (A20). */
@Component("rejectSealApplicationDelegate")
class RejectSealApplicationDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;
    private final NotificationService notifications;
    private final Translations translations;

    RejectSealApplicationDelegate(
            SealLifecycleService lifecycle, NotificationService notifications, Translations translations) {
        this.lifecycle = lifecycle;
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        lifecycle.reject(application.sealId(), application.opinion(), application.verifiedBy());
        notifications.notifyUser(
                application.initiator(),
                translations.getTranslation(
                        "sealApplication.rejected.title", Translations.CHINESE, application.sealName()),
                application.opinion(),
                "seals");
    }
}
