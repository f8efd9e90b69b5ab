package org.gongwen.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads typed process variables: the engine may hand a number back as Integer or Long. */
public final class ProcessVariables {

    private ProcessVariables() {}

    /** @throws IllegalStateException when the variable is missing or no number */
    public static long longValue(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is missing or not a number");
    }
}
