package org.gongwen.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads typed process variables: the engine may hand a number back as Integer or Long. */
final class ProcessVariables {

    private ProcessVariables() {}

    /** @throws IllegalStateException when the variable is missing or no number */
    static long longValue(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is missing or not a number");
    }

    /** A text a person entered in a form, stripped; empty when they entered none. */
    static String entered(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }
}
