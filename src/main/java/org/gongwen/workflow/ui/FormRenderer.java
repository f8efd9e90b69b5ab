package org.gongwen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.shared.Punctuation;
import org.gongwen.workflow.FieldViolation;
import org.gongwen.workflow.forms.CamundaForm;
import org.gongwen.workflow.forms.FormComponent;

/**
 * Renders a Camunda Form as Vaadin fields, prefilled from process variables, and shows the
 * form's validation errors on the fields. Values leave as form-js stores them.
 */
final class FormRenderer {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    private final FormLayout layout = new FormLayout();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, FormComponent> components = new LinkedHashMap<>();
    private final BiFunction<String, Object, String> translate;

    FormRenderer(CamundaForm form, Map<String, Object> variables, BiFunction<String, Object, String> translate) {
        this.translate = translate;
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (FormComponent c : form.components()) {
            if (c.type() == FormComponent.Type.TEXT) {
                text(c, variables).forEach(layout::add);
                continue;
            }
            if (!c.isInput()) {
                continue;
            }
            Object value = variables.containsKey(c.key()) ? variables.get(c.key()) : c.defaultValue();
            HasValue<?, ?> field = field(c, value);
            fields.put(c.key(), field);
            components.put(c.key(), c);
            layout.add((Component) field);
        }
    }

    Component layout() {
        return layout;
    }

    Optional<HasValue<?, ?>> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Current values, in form-js terms: strings, numbers and booleans. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, toFormValue(field.getValue())));
        return values;
    }

    void showErrors(Map<String, FieldViolation> violations) {
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation validation) {
                FieldViolation v = violations.get(key);
                validation.setErrorMessage(v == null ? null : translate.apply(v.messageKey(), v.argument()));
                validation.setInvalid(v != null);
            }
        });
    }

    private List<Component> text(FormComponent c, Map<String, Object> variables) {
        String text = c.text() == null ? "" : fill(c.text(), variables);
        return text.lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.startsWith("#")
                        ? (Component) new H4(line.replaceFirst("^#+\\s*", ""))
                        : new Paragraph(line))
                .toList();
    }

    static String fill(String template, Map<String, Object> variables) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = variables.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
        }
        m.appendTail(out);
        return Punctuation.tidy(out.toString());
    }

    private HasValue<?, ?> field(FormComponent c, Object value) {
        String label = c.label() == null ? c.key() : c.label();
        HasValue<?, ?> field = switch (c.type()) {
            case TEXTAREA -> {
                TextArea area = new TextArea(label);
                area.setValue(value == null ? "" : String.valueOf(value));
                area.setMinHeight("6em");
                yield area;
            }
            case NUMBER -> {
                NumberField number = new NumberField(label);
                if (value instanceof Number n) {
                    number.setValue(n.doubleValue());
                }
                yield number;
            }
            case SELECT -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(
                        c.options().stream().map(FormComponent.Option::value).toList());
                select.setItemLabelGenerator(v -> optionLabel(c, v));
                select.setValue(value == null ? null : String.valueOf(value));
                yield select;
            }
            case RADIO -> {
                RadioButtonGroup<String> radio = new RadioButtonGroup<>(label);
                radio.setItems(
                        c.options().stream().map(FormComponent.Option::value).toList());
                radio.setItemLabelGenerator(v -> optionLabel(c, v));
                radio.setValue(value == null ? null : String.valueOf(value));
                yield radio;
            }
            case CHECKBOX -> new Checkbox(label, Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)));
            case DATETIME -> dateField(c, label, value == null ? null : String.valueOf(value));
            default -> {
                TextField text = new TextField(label);
                text.setValue(value == null ? "" : String.valueOf(value));
                yield text;
            }
        };
        field.setReadOnly(c.readonly());
        field.setRequiredIndicatorVisible(c.required() && !c.readonly());
        if (c.description() != null && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(c.description());
        }
        ((Component) field).setId("field-" + c.key());
        return field;
    }

    private static HasValue<?, ?> dateField(FormComponent c, String label, String value) {
        switch (c.subtype() == null ? "date" : c.subtype()) {
            case "time" -> {
                TimePicker time = new TimePicker(label);
                time.setValue(value == null || value.isBlank() ? null : LocalTime.parse(value));
                return time;
            }
            case "datetime" -> {
                DateTimePicker dateTime = new DateTimePicker(label);
                dateTime.setValue(value == null || value.isBlank() ? null : LocalDateTime.parse(value));
                return dateTime;
            }
            default -> {
                DatePicker date = new DatePicker(label);
                date.setValue(value == null || value.isBlank() ? null : LocalDate.parse(value));
                return date;
            }
        }
    }

    private static String optionLabel(FormComponent c, String value) {
        return c.options().stream()
                .filter(o -> o.value().equals(value))
                .map(FormComponent.Option::label)
                .findFirst()
                .orElse(value);
    }

    private static Object toFormValue(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d)
                    ? (Object) String.valueOf(d.longValue())
                    : (Object) String.valueOf(d);
        }
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) {
            return value.toString();
        }
        return value;
    }
}
