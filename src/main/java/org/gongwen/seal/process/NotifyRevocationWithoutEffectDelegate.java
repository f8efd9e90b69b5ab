package org.gongwen.seal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Not approved, a witness refused, or the deadline passed: the seal stays as it was; the
 * applicant is told which, by whom and why, on every channel.
 */
@Component("notifyRevocationWithoutEffectDelegate")
class NotifyRevocationWithoutEffectDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final OrganizationService organization;
    private final Translations translations;

    NotifyRevocationWithoutEffectDelegate(
            NotificationService notifications, OrganizationService organization, Translations translations) {
        this.notifications = notifications;
        this.organization = organization;
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        String why = revocation.noEffectReason() == null
                ? translations.getTranslation("sealRevocation.noEffect.body", Translations.CHINESE)
                : revocation.noEffectReason();
        List<Long> applicant = organization.personByUsername(revocation.initiator()).map(PersonInfo::id).stream()
                .toList();
        notifications.notify(
                applicant,
                translations.getTranslation(
                        "sealRevocation.noEffect.title", Translations.CHINESE, revocation.sealName()),
                why,
                "seals",
                Channel.all());
    }
}
