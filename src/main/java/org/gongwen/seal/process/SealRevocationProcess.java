package org.gongwen.seal.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.seal.internal.RevocationReason;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/** The {@code seal-revocation} model: its key, the ids code refers to, typed variables. */
public final class SealRevocationProcess extends ProcessFacade {

    public static final String KEY = "seal-revocation";
    /** The business keys: {@code seal-revocation-<sealId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("seal-revocation-");

    public static final String TASK_APPROVE = "Task_ApproveRevocation";
    public static final String TASK_WITNESS_SECRECY = "Task_WitnessSecrecyBureau";
    public static final String TASK_WITNESS_OFFICE = "Task_WitnessCountyOffice";
    public static final String TASK_WITNESS_UNIT = "Task_WitnessUnit";
    public static final String TASK_REVOKE = "Task_Revoke";
    public static final String TASK_REISSUE = "Task_Reissue";
    public static final String TASK_NOTIFY_NO_EFFECT = "Task_NotifyNoEffect";
    public static final String END_REVOKED = "EndEvent_Revoked";
    public static final String END_WITHOUT_EFFECT = "EndEvent_WithoutEffect";
    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String OPINION = "opinion";
    public static final String CONFIRMED = "confirmed";
    public static final String YES = "yes";
    /** A witness's remark; required with a refusal. */
    public static final String REMARK = "remark";

    static final String SEAL_ID = "sealId";
    static final String UNIT_CODE = "unitCode";
    static final String UNIT_NAME = "unitName";
    static final String SEAL_NAME = "sealName";

    static final String REASON = "revocationReason";
    static final String REASON_LABEL = "revocationReasonLabel";
    static final String EXPLANATION = "explanation";
    static final String SECRECY_GROUP = "secrecyWitnessGroup";
    static final String OFFICE_GROUP = "officeWitnessGroup";
    static final String DEADLINE = "witnessDeadline";
    static final String INITIATOR = "initiator";
    /** The county office person who approved: the revocation takes effect as their decision. */
    static final String APPROVED_BY = "approvedBy";
    /** The confirmations so far, one line per party, for the record of the revocation taking effect. */
    static final String CONFIRMATIONS = "witnessConfirmations";
    /** Why the revocation had no effect, in the applicant's words: the refusal or the deadline. */
    static final String NO_EFFECT_REASON = "noEffectReason";

    private SealRevocationProcess(VariableScope scope) {
        super(scope);
    }

    public static SealRevocationProcess of(VariableScope scope) {
        return new SealRevocationProcess(scope);
    }

    public static String businessKey(long sealId) {
        return BUSINESS_KEY.of(sealId);
    }

    /** Start variables; the witness groups name the secrecy bureau's and the county office's witnesses. */
    public static Map<String, Object> startVariables(
            long sealId,
            String unitCode,
            String unitName,
            String sealName,
            RevocationReason reason,
            String reasonLabel,
            String explanation,
            String secrecyWitnessGroup,
            String officeWitnessGroup,
            String witnessDeadline) {
        return Variables.putValue(SEAL_ID, sealId)
                .putValue(UNIT_CODE, unitCode)
                .putValue(UNIT_NAME, unitName)
                .putValue(SEAL_NAME, sealName)
                .putValue(SUBJECT, sealName)
                .putValue(REASON, reason.name())
                .putValue(REASON_LABEL, reasonLabel)
                .putValue(EXPLANATION, explanation)
                .putValue(SECRECY_GROUP, secrecyWitnessGroup)
                .putValue(OFFICE_GROUP, officeWitnessGroup)
                .putValue(DEADLINE, witnessDeadline);
    }

    public long sealId() {
        return number(SEAL_ID);
    }

    public String sealName() {
        return text(SEAL_NAME);
    }

    public RevocationReason reason() {
        return RevocationReason.valueOf(text(REASON));
    }

    public String explanation() {
        return text(REASON_LABEL) + "：" + text(EXPLANATION);
    }

    public String initiator() {
        return text(INITIATOR);
    }

    public String unitCode() {
        return text(UNIT_CODE);
    }

    public boolean approved() {
        return is(DECISION, APPROVE);
    }

    public String opinion() {
        return textOrNull(OPINION);
    }

    public boolean confirmed() {
        return is(CONFIRMED, YES);
    }

    /**
     * The remark the witness just gave, then forgotten: the three witnesses share the instance's
     * variables, and one who gives none must not inherit another's.
     */
    public String takeRemark() {
        String remark = textOrNull(REMARK);
        remove(REMARK);
        return remark;
    }

    public String approvedBy() {
        return text(APPROVED_BY);
    }

    public void setApprovedBy(String username) {
        set(APPROVED_BY, username);
    }

    public String confirmations() {
        return textOrNull(CONFIRMATIONS);
    }

    public void addConfirmation(String line) {
        String before = confirmations();
        set(CONFIRMATIONS, before == null ? line : before + "、" + line);
    }

    public String noEffectReason() {
        return textOrNull(NO_EFFECT_REASON);
    }

    public void setNoEffectReason(String reason) {
        set(NO_EFFECT_REASON, reason);
    }

    /** A text variable, stripped; null when absent or blank. */
    private String textOrNull(String name) {
        String value = entered(name);
        return value.isEmpty() ? null : value;
    }
}
