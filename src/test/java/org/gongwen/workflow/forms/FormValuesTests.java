package org.gongwen.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.gongwen.workflow.FieldViolation;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    private static final String FORM = """
            { "id": "sample", "components": [
              { "type": "text", "text": "### 说明" },
              { "type": "textfield", "key": "title", "label": "标题",
                "validate": { "required": true, "minLength": 2, "maxLength": 10, "pattern": "[^x]*" } },
              { "type": "textarea", "key": "body", "label": "内容", "readonly": true },
              { "type": "number", "key": "copies", "label": "份数", "validate": { "min": 1, "max": 99 } },
              { "type": "number", "key": "ratio", "label": "比例", "decimalDigits": 2 },
              { "type": "select", "key": "urgency", "values": [ { "label": "特急", "value": "URGENT" } ] },
              { "type": "radio", "key": "ok", "values": [ { "label": "是", "value": "yes" }, { "label": "否", "value": "no" } ],
                "validate": { "required": true } },
              { "type": "checkbox", "key": "confirm", "validate": { "required": true } },
              { "type": "datetime", "key": "when", "subtype": "date", "dateLabel": "日期" },
              { "type": "group", "components": [ { "type": "textfield", "key": "nested", "label": "嵌套" } ] }
            ] }
            """;

    private final CamundaForm form = CamundaForm.parse(FORM);

    @Test
    void parsesEveryRenderedComponentTypeIncludingNestedOnes() {
        assertThat(form.id()).isEqualTo("sample");
        assertThat(form.components())
                .extracting(FormComponent::type)
                .containsExactly(
                        FormComponent.Type.TEXT,
                        FormComponent.Type.TEXTFIELD,
                        FormComponent.Type.TEXTAREA,
                        FormComponent.Type.NUMBER,
                        FormComponent.Type.NUMBER,
                        FormComponent.Type.SELECT,
                        FormComponent.Type.RADIO,
                        FormComponent.Type.CHECKBOX,
                        FormComponent.Type.DATETIME,
                        FormComponent.Type.TEXTFIELD);
        assertThat(form.inputs()).hasSize(9);
        assertThat(form.components().get(8).label()).isEqualTo("日期");
    }

    @Test
    void reportsEachBrokenRule() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "x");
        values.put("copies", "0");
        values.put("ratio", "abc");
        values.put("urgency", "SLOW");
        values.put("confirm", false);
        Map<String, FieldViolation> errors = FormValues.validate(form, values);
        assertThat(errors).containsOnlyKeys("title", "copies", "ratio", "urgency", "ok", "confirm");
        assertThat(errors.get("title").messageKey()).isEqualTo("form.error.minLength");
        assertThat(errors.get("copies")).isEqualTo(new FieldViolation("form.error.min", "1"));
        assertThat(errors.get("ratio").messageKey()).isEqualTo("form.error.number");
        assertThat(errors.get("urgency").messageKey()).isEqualTo("form.error.option");
        assertThat(errors.get("ok").messageKey()).isEqualTo("form.error.required");
        assertThat(errors.get("confirm").messageKey()).isEqualTo("form.error.required");
    }

    @Test
    void checksPatternMaxLengthAndIntegers() {
        assertThat(FormValues.validate(form, Map.of("title", "abxcd", "ok", "yes", "confirm", true)))
                .containsOnlyKeys("title")
                .extractingByKey("title")
                .extracting(FieldViolation::messageKey)
                .isEqualTo("form.error.pattern");
        assertThat(FormValues.validate(form, Map.of("title", "12345678901", "ok", "yes", "confirm", true))
                        .get("title")
                        .messageKey())
                .isEqualTo("form.error.maxLength");
        assertThat(FormValues.validate(form, Map.of("title", "ok", "copies", "2.5", "ok", "yes", "confirm", true))
                        .get("copies")
                        .messageKey())
                .isEqualTo("form.error.integer");
    }

    @Test
    void convertsToTypedVariablesAndSkipsReadOnlyFields() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "通知");
        values.put("body", "changed by a crafted request");
        values.put("copies", "3");
        values.put("ratio", "0.25");
        values.put("ok", "yes");
        values.put("confirm", "true");
        values.put("when", "2026-11-25");
        assertThat(FormValues.validate(form, values)).isEmpty();
        Map<String, Object> variables = FormValues.toVariables(form, values);
        assertThat(variables)
                .doesNotContainKey("body")
                .containsEntry("title", "通知")
                .containsEntry("copies", 3L)
                .containsEntry("ratio", 0.25)
                .containsEntry("confirm", true)
                .containsEntry("when", "2026-11-25");
    }
}
