package org.gongwen.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A yes-or-no decision taken in a task form and kept in an instance's variables: the choice (approve
 * or refuse, publish or revise), the reason given, which a no must have, and who decided.
 */
public final class Decision {

    private final VariableScope scope;
    private final String choice;
    private final String yes;
    private final String reason;
    private final String decidedBy;

    Decision(VariableScope scope, String choice, String yes, String reason, String decidedBy) {
        this.scope = scope;
        this.choice = choice;
        this.yes = yes;
        this.reason = reason;
        this.decidedBy = decidedBy;
    }

    public boolean approved() {
        return yes.equals(scope.getVariable(choice));
    }

    /** The reason as entered, stripped; empty when none was given. */
    public String reason() {
        return ProcessVariables.entered(scope, reason);
    }

    public String decidedBy() {
        return (String) scope.getVariable(decidedBy);
    }

    /**
     * Keeps who decided, as the task completes.
     *
     * @throws BusinessException with {@code noReasonKey} when they said no without a reason
     */
    public void record(String username, String noReasonKey) {
        if (!approved() && reason().isEmpty()) {
            throw BusinessException.invalid(noReasonKey);
        }
        scope.setVariable(decidedBy, username);
    }
}
