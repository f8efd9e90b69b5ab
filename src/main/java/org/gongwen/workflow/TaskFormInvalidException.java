package org.gongwen.workflow;

import java.util.Map;
import org.gongwen.shared.BusinessException;
import org.gongwen.workflow.forms.FormValues.Violation;

/** Submitted form values broke the form's rules; carries one violation per field. */
public class TaskFormInvalidException extends BusinessException {

    private final transient Map<String, Violation> violations;

    public TaskFormInvalidException(Map<String, Violation> violations) {
        super(Kind.INVALID, "form.error.invalid");
        this.violations = Map.copyOf(violations);
    }

    public Map<String, Violation> violations() {
        return violations;
    }
}
