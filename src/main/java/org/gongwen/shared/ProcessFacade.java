package org.gongwen.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every model's typed variable class ({@code <Name>Process}) does with the instance it reads:
 * reads and writes variables by name, so the class itself only says which variable means what.
 */
public abstract class ProcessFacade {

    private final VariableScope scope;

    protected ProcessFacade(VariableScope scope) {
        this.scope = scope;
    }

    /** A text variable as it was stored; null when absent. */
    protected String text(String name) {
        return (String) scope.getVariable(name);
    }

    /** A text a person entered in a form, stripped; empty when they entered none. */
    protected String entered(String name) {
        return ProcessVariables.entered(scope, name);
    }

    /** @throws IllegalStateException when the variable is missing or no number */
    protected long number(String name) {
        return ProcessVariables.longValue(scope, name);
    }

    protected boolean has(String name) {
        return scope.getVariable(name) != null;
    }

    /** Whether the variable holds {@code value}, as a form's choice does. */
    protected boolean is(String name, String value) {
        return value.equals(scope.getVariable(name));
    }

    protected void set(String name, Object value) {
        scope.setVariable(name, value);
    }

    protected void remove(String name) {
        scope.removeVariable(name);
    }

    /** The choice a person made in a task form, the reason they gave and who they are. */
    protected Decision decision(String choice, String yes, String reason, String decidedBy) {
        return new Decision(scope, choice, yes, reason, decidedBy);
    }
}
