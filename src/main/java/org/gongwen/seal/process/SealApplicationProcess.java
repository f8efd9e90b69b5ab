package org.gongwen.seal.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.BusinessKeyPrefix;
import org.gongwen.shared.ProcessFacade;

/** The {@code seal-application} model: its key, the ids code refers to, typed variables. */
public final class SealApplicationProcess extends ProcessFacade {

    public static final String KEY = "seal-application";
    /** The business keys: {@code seal-<sealId>}. */
    public static final BusinessKeyPrefix BUSINESS_KEY = new BusinessKeyPrefix("seal-");

    public static final String TASK_VERIFY = "Task_VerifyApplication";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String TASK_MAKE = "Task_MakeSeal";
    public static final String TASK_GENERATE = "Task_GenerateSeal";
    public static final String TASK_ACTIVATE = "Task_ActivateSeal";
    public static final String END_ACTIVE = "EndEvent_SealActive";
    public static final String END_REJECTED = "EndEvent_Rejected";

    static final String SEAL_ID = "sealId";
    static final String UNIT_ID = "unitId";
    static final String UNIT_CODE = "unitCode";
    static final String UNIT_NAME = "unitName";
    static final String SEAL_NAME = "sealName";

    static final String REASON = "reason";
    static final String INITIATOR = "initiator";
    static final String CUSTODIAN = "custodian";
    static final String VERIFIED_BY = "verifiedBy";
    static final String MADE_BY = "madeBy";
    public static final String DECISION = "decision";
    public static final String OPINION = "opinion";

    private SealApplicationProcess(VariableScope scope) {
        super(scope);
    }

    public static SealApplicationProcess of(VariableScope scope) {
        return new SealApplicationProcess(scope);
    }

    public static String businessKey(long sealId) {
        return BUSINESS_KEY.of(sealId);
    }

    public static Map<String, Object> startVariables(
            long sealId, long unitId, String unitCode, String unitName, String sealName, String reason) {
        return Variables.putValue(SEAL_ID, sealId)
                .putValue(UNIT_ID, unitId)
                .putValue(UNIT_CODE, unitCode)
                .putValue(UNIT_NAME, unitName)
                .putValue(SEAL_NAME, sealName)
                .putValue(SUBJECT, sealName)
                .putValue(REASON, reason);
    }

    public long sealId() {
        return number(SEAL_ID);
    }

    public long unitId() {
        return number(UNIT_ID);
    }

    public String sealName() {
        return text(SEAL_NAME);
    }

    public String initiator() {
        return text(INITIATOR);
    }

    public String opinion() {
        return text(OPINION);
    }

    public String custodian() {
        return text(CUSTODIAN);
    }

    public void setCustodian(String username) {
        set(CUSTODIAN, username);
    }

    /** The county office person who approved or refused; null in instances started before it was kept. */
    public String verifiedBy() {
        return text(VERIFIED_BY);
    }

    public void setVerifiedBy(String username) {
        set(VERIFIED_BY, username);
    }

    /** The information centre person who confirmed the making; null in instances started before it was kept. */
    public String madeBy() {
        return text(MADE_BY);
    }

    public void setMadeBy(String username) {
        set(MADE_BY, username);
    }
}
