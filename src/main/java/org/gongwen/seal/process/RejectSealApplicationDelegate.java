package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.seal.SealLifecycleService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** The county office refused: the seal is marked rejected and the applicant told why (A20). */
@Component("rejectSealApplicationDelegate")
class RejectSealApplicationDelegate implements JavaDelegate {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Translations translations;

    RejectSealApplicationDelegate(SealLifecycleService lifecycle, OrganizationService organization,
            NotificationService notifications, Translations translations) {
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.notifications = notifications;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealApplicationProcess application = SealApplicationProcess.of(execution);
        lifecycle.reject(application.sealId(), application.opinion());
        organization.personByUsername(application.initiator()).map(PersonInfo::id).ifPresent(applicant ->
                notifications.notify(java.util.List.of(applicant),
                        translations.getTranslation("sealApplication.rejected.title", Translations.CHINESE,
                                application.sealName()),
                        application.opinion(), "seals"));
    }
}
