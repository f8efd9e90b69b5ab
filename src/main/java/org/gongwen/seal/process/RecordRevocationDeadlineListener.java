package org.gongwen.seal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealHistory;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * The confirmation deadline passed before all three parties confirmed (A22): recorded as the
 * system's step, "期限届满", with the confirmations there were, and kept as the reason the
 * applicant is told.
 */
@Component("recordRevocationDeadlineListener")
class RecordRevocationDeadlineListener implements ExecutionListener {

    private final SealLifecycleService lifecycle;
    private final Translations translations;

    RecordRevocationDeadlineListener(SealLifecycleService lifecycle, Translations translations) {
        this.lifecycle = lifecycle;
        this.translations = translations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        SealRevocationProcess revocation = SealRevocationProcess.of(execution);
        String confirmations = revocation.confirmations() == null
                ? translations.getTranslation("sealRevocation.lapsed.noneConfirmed", Translations.CHINESE)
                : revocation.confirmations();
        String note = translations.getTranslation("sealRevocation.lapsed.note", Translations.CHINESE, confirmations);
        lifecycle.noteRevocationStep(revocation.sealId(), SealAction.REVOCATION_LAPSED, SealHistory.SYSTEM, note);
        revocation.setNoEffectReason(
                translations.getTranslation("sealRevocation.noEffect.lapsed", Translations.CHINESE, confirmations));
    }
}
