package org.gongwen.workflow;

import java.util.Map;
import org.gongwen.shared.BusinessException;

/** Submitted form values broke the form's rules; carries one violation per field. */
public class TaskFormInvalidException extends BusinessException {

    private final transient Map<String, FieldViolation> violations;

    public TaskFormInvalidException(Map<String, FieldViolation> violations) {
        super(Kind.INVALID, "form.error.invalid");
        this.violations = Map.copyOf(violations);
    }

    public Map<String, FieldViolation> violations() {
        return violations;
    }
}
