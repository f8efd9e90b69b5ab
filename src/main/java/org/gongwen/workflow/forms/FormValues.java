package org.gongwen.workflow.forms;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gongwen.workflow.FieldViolation;

/**
 * Checks submitted values against a form's rules and converts them to typed process variables:
 * text as String, numbers as Long or Double, checkboxes as Boolean, dates as ISO strings (as
 * form-js stores them, so Camunda Tasklist reads the same values).
 */
public final class FormValues {

    private FormValues() {}

    /** Validates every input component; the result maps field key to its violation. */
    public static Map<String, FieldViolation> validate(CamundaForm form, Map<String, Object> values) {
        Map<String, FieldViolation> errors = new LinkedHashMap<>();
        for (FormComponent c : form.inputs()) {
            if (c.readonly()) {
                continue;
            }
            FieldViolation v = check(c, values.get(c.key()));
            if (v != null) {
                errors.put(c.key(), v);
            }
        }
        return errors;
    }

    /** Typed variables for the input components that are not read-only. */
    public static Map<String, Object> toVariables(CamundaForm form, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormComponent c : form.inputs()) {
            if (!c.readonly() && values.containsKey(c.key())) {
                variables.put(c.key(), convert(c, values.get(c.key())));
            }
        }
        return variables;
    }

    static FieldViolation check(FormComponent c, Object raw) {
        boolean empty = raw == null || (raw instanceof String s && s.isBlank());
        if (c.type() == FormComponent.Type.CHECKBOX) {
            return c.required() && !Boolean.TRUE.equals(toBoolean(raw))
                    ? new FieldViolation("form.error.required", null)
                    : null;
        }
        if (empty) {
            return c.required() ? new FieldViolation("form.error.required", null) : null;
        }
        return switch (c.type()) {
            case NUMBER -> checkNumber(c, raw);
            case SELECT, RADIO ->
                c.options().stream().anyMatch(o -> o.value().equals(String.valueOf(raw)))
                        ? null
                        : new FieldViolation("form.error.option", raw);
            default -> checkText(c, String.valueOf(raw));
        };
    }

    private static FieldViolation checkText(FormComponent c, String value) {
        if (c.minLength() != null && value.length() < c.minLength()) {
            return new FieldViolation("form.error.minLength", c.minLength());
        }
        if (c.maxLength() != null && value.length() > c.maxLength()) {
            return new FieldViolation("form.error.maxLength", c.maxLength());
        }
        if (c.pattern() != null && !c.pattern().isEmpty()) {
            try {
                if (!Pattern.compile(c.pattern()).matcher(value).matches()) {
                    return new FieldViolation("form.error.pattern", c.pattern());
                }
            } catch (PatternSyntaxException e) {
                // the model checks refuse such a form before it is deployed (FormFindings)
                throw new IllegalStateException("Form field " + c.key() + " has a broken pattern: " + c.pattern(), e);
            }
        }
        return null;
    }

    private static FieldViolation checkNumber(FormComponent c, Object raw) {
        BigDecimal number;
        try {
            number = new BigDecimal(String.valueOf(raw).trim());
        } catch (NumberFormatException e) {
            return new FieldViolation("form.error.number", null);
        }
        if (c.isInteger() && number.stripTrailingZeros().scale() > 0) {
            return new FieldViolation("form.error.integer", null);
        }
        if (c.min() != null && number.doubleValue() < c.min()) {
            return new FieldViolation("form.error.min", format(c.min()));
        }
        if (c.max() != null && number.doubleValue() > c.max()) {
            return new FieldViolation("form.error.max", format(c.max()));
        }
        return null;
    }

    static Object convert(FormComponent c, Object raw) {
        if (c.type() == FormComponent.Type.CHECKBOX) {
            return Boolean.TRUE.equals(toBoolean(raw));
        }
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        if (c.type() == FormComponent.Type.NUMBER) {
            BigDecimal number = new BigDecimal(String.valueOf(raw).trim());
            return c.isInteger() ? (Object) number.longValueExact() : (Object) number.doubleValue();
        }
        return String.valueOf(raw);
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return raw != null && Boolean.parseBoolean(String.valueOf(raw));
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
