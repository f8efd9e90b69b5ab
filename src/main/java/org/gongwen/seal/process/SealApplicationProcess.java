package org.gongwen.seal.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gongwen.shared.BusinessKeys;
import org.gongwen.shared.ProcessVariables;

/** The {@code seal-application} model: its key, the ids code refers to, typed variables. */
public final class SealApplicationProcess {

    public static final String KEY = "seal-application";
    private static final String BUSINESS_KEY_PREFIX = "seal-";
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
    /** What the instance is about in the user's words, for the task inbox (the workflow's {@code subject}). */
    static final String SUBJECT = "subject";

    static final String REASON = "reason";
    static final String INITIATOR = "initiator";
    static final String CUSTODIAN = "custodian";
    static final String VERIFIED_BY = "verifiedBy";
    static final String MADE_BY = "madeBy";
    public static final String DECISION = "decision";
    public static final String OPINION = "opinion";

    private final VariableScope scope;

    private SealApplicationProcess(VariableScope scope) {
        this.scope = scope;
    }

    public static SealApplicationProcess of(VariableScope scope) {
        return new SealApplicationProcess(scope);
    }

    public static String businessKey(long sealId) {
        return BUSINESS_KEY_PREFIX + sealId;
    }

    /** The seal of {@link #businessKey}; empty for any other key. */
    public static OptionalLong sealIdOf(String businessKey) {
        return BusinessKeys.idAfter(BUSINESS_KEY_PREFIX, businessKey);
    }

    public static Map<String, Object> startVariables(
            long sealId, long unitId, String unitCode, String unitName, String sealName, String reason) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(SEAL_ID, sealId);
        vars.put(UNIT_ID, unitId);
        vars.put(UNIT_CODE, unitCode);
        vars.put(UNIT_NAME, unitName);
        vars.put(SEAL_NAME, sealName);
        vars.put(SUBJECT, sealName);
        vars.put(REASON, reason);
        return vars;
    }

    public long sealId() {
        return ProcessVariables.longValue(scope, SEAL_ID);
    }

    public long unitId() {
        return ProcessVariables.longValue(scope, UNIT_ID);
    }

    public String sealName() {
        return (String) scope.getVariable(SEAL_NAME);
    }

    public String initiator() {
        return (String) scope.getVariable(INITIATOR);
    }

    public String opinion() {
        return (String) scope.getVariable(OPINION);
    }

    public String custodian() {
        return (String) scope.getVariable(CUSTODIAN);
    }

    public void setCustodian(String username) {
        scope.setVariable(CUSTODIAN, username);
    }

    /** The county office person who approved or refused; null in instances started before it was kept. */
    public String verifiedBy() {
        return (String) scope.getVariable(VERIFIED_BY);
    }

    public void setVerifiedBy(String username) {
        scope.setVariable(VERIFIED_BY, username);
    }

    /** The information centre person who confirmed the making; null in instances started before it was kept. */
    public String madeBy() {
        return (String) scope.getVariable(MADE_BY);
    }

    public void setMadeBy(String username) {
        scope.setVariable(MADE_BY, username);
    }
}
