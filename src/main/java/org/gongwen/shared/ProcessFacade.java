package org.gongwen.shared;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every model's typed variable class ({@code <Name>Process}) does with the instance it reads:
 * reads and writes variables by name, so the class itself only says which variable means what.
 */
public abstract class ProcessFacade {

    /**
     * The variable naming what an instance is about, in the user's words (a document's title, a seal's
     * name): the task inbox shows it, so every process with user tasks sets it at its start or where
     * the matter becomes known.
     */
    public static final String SUBJECT = "subject";

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
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }

    /**
     * A number variable, whether the engine hands it back as Integer or Long.
     *
     * @throws IllegalStateException when the variable is missing or no number
     */
    protected long number(String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is missing or not a number");
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

    /** The decision kept in these variables; {@code yes} is the value of {@code choice} that approves. */
    protected Decision decision(String choice, String yes, String reason, String decidedBy) {
        return new Decision(choice, yes, reason, decidedBy);
    }

    /**
     * A yes-or-no decision taken in a task form: the choice (approve or refuse, publish or revise)
     * in variable {@code choice}, the reason given, which a no must have, and who decided.
     */
    public final class Decision {

        private final String choice;
        private final String yes;
        private final String reason;
        private final String decidedBy;

        private Decision(String choice, String yes, String reason, String decidedBy) {
            this.choice = choice;
            this.yes = yes;
            this.reason = reason;
            this.decidedBy = decidedBy;
        }

        public boolean approved() {
            return is(choice, yes);
        }

        /** The reason as entered, stripped; empty when none was given. */
        public String reason() {
            return entered(reason);
        }

        public String decidedBy() {
            return text(decidedBy);
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
            set(decidedBy, username);
        }
    }
}
