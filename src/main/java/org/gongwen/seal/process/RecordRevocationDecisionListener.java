package org.gongwen.seal.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.shared.Translations;
import org.gongwen.workflow.FieldViolation;
import org.gongwen.workflow.TaskFormInvalidException;
import org.springframework.stereotype.Component;

/**
 * Puts each decision of {@code seal-revocation} on the record as its maker's (A22, A26): the
 * county office's approval or refusal with its opinion, and each party's confirmation or refusal
 * with its remark, in the seal's history and the audit log. A refusal must say why.
 */
@Component("recordRevocationDecisionListener")
class RecordRevocationDecisionListener implements TaskListener {

    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;
    private final Translations translations;

    RecordRevocationDecisionListener(
            SealLifecycleService lifecycle, OrganizationService organization, Translations translations) {
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.translations = translations;
    }

    @Override
    public void notify(DelegateTask task) {
        SealRevocationProcess revocation = SealRevocationProcess.of(task.getExecution());
        String actor = TaskActor.of(task);
        if (SealRevocationProcess.TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
            decided(revocation, actor);
        } else {
            witnessed(revocation, party(task), actor);
        }
    }

    private void decided(SealRevocationProcess revocation, String actor) {
        String opinion = revocation.opinion();
        if (revocation.approved()) {
            lifecycle.noteRevocationStep(revocation.sealId(), SealAction.REVOCATION_APPROVED, actor, opinion);
            revocation.setApprovedBy(actor);
        } else {
            lifecycle.noteRevocationStep(revocation.sealId(), SealAction.REVOCATION_REFUSED, actor, opinion);
            revocation.setNoEffectReason(text("sealRevocation.noEffect.refused", name(actor), orNone(opinion)));
        }
    }

    private void witnessed(SealRevocationProcess revocation, String party, String actor) {
        String remark = revocation.takeRemark();
        if (revocation.confirmed()) {
            lifecycle.noteRevocationStep(
                    revocation.sealId(),
                    SealAction.WITNESS_CONFIRMED,
                    actor,
                    remark == null ? party : party + "：" + remark);
            revocation.addConfirmation(text("sealRevocation.confirmation", party, name(actor)));
            return;
        }
        if (remark == null) {
            throw new TaskFormInvalidException(
                    Map.of(SealRevocationProcess.REMARK, new FieldViolation("sealRevocation.error.remark", null)));
        }
        lifecycle.noteRevocationStep(revocation.sealId(), SealAction.WITNESS_REFUSED, actor, party + "：" + remark);
        revocation.setNoEffectReason(text("sealRevocation.noEffect.witnessRefused", party, name(actor), remark));
    }

    /** The confirming party in words (市保密局, 县政府办, 用章单位); a task the code does not know by its name. */
    private String party(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case SealRevocationProcess.TASK_WITNESS_SECRECY,
                    SealRevocationProcess.TASK_WITNESS_OFFICE,
                    SealRevocationProcess.TASK_WITNESS_UNIT ->
                text("sealRevocation.party." + task.getTaskDefinitionKey());
            default -> task.getName();
        };
    }

    private String name(String username) {
        return username == null
                ? ""
                : organization
                        .personByUsername(username)
                        .map(PersonInfo::fullName)
                        .orElse(username);
    }

    private String orNone(String opinion) {
        return opinion == null ? text("sealRevocation.noEffect.noOpinion") : opinion;
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, Translations.CHINESE, args);
    }
}
