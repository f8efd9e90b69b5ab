package org.gongwen.workflow.forms;

import java.util.List;
import java.util.Locale;

/** One component of a Camunda Form with its validation rules. */
public record FormComponent(
        Type type,
        String key,
        String label,
        String text,
        String description,
        String subtype,
        Object defaultValue,
        boolean required,
        Integer minLength,
        Integer maxLength,
        Double min,
        Double max,
        String pattern,
        boolean readonly,
        Integer decimalDigits,
        List<Option> options) {

    public enum Type {
        TEXTFIELD,
        TEXTAREA,
        NUMBER,
        SELECT,
        RADIO,
        CHECKBOX,
        DATETIME,
        TEXT;

        static Type of(String formJsType) {
            try {
                return valueOf(formJsType.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public record Option(String label, String value) {}

    public FormComponent {
        options = List.copyOf(options);
    }

    public boolean isInput() {
        return type != Type.TEXT && key != null && !key.isBlank();
    }

    public boolean isInteger() {
        return decimalDigits == null || decimalDigits == 0;
    }
}
