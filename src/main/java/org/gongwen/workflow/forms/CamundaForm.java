package org.gongwen.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.shared.BusinessException;

/**
 * A Camunda Form (form-js JSON schema), reduced to the components Gongwen renders: textfield,
 * textarea, number, select, radio, checkbox, datetime and text.
 */
public record CamundaForm(String id, List<FormComponent> components) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CamundaForm {
        components = List.copyOf(components);
    }

    public static CamundaForm parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<FormComponent> components = new ArrayList<>();
            collect(root.path("components"), components);
            return new CamundaForm(root.path("id").asText(""), components);
        } catch (IOException e) {
            throw BusinessException.invalid("form.error.unreadable", e.getMessage());
        }
    }

    /** Components that hold a value (everything but static text). */
    public List<FormComponent> inputs() {
        return components.stream().filter(FormComponent::isInput).toList();
    }

    private static void collect(JsonNode nodes, List<FormComponent> out) {
        for (JsonNode node : nodes) {
            if (node.has("components")) {
                collect(node.path("components"), out);
                continue;
            }
            FormComponent.Type type = FormComponent.Type.of(node.path("type").asText());
            if (type == null) {
                continue;
            }
            JsonNode validate = node.path("validate");
            List<FormComponent.Option> options = new ArrayList<>();
            node.path("values")
                    .forEach(v -> options.add(new FormComponent.Option(
                            v.path("label").asText(v.path("value").asText()),
                            v.path("value").asText())));
            out.add(new FormComponent(
                    type,
                    node.path("key").asText(null),
                    text(node, "label", type == FormComponent.Type.DATETIME ? text(node, "dateLabel", null) : null),
                    text(node, "text", null),
                    text(node, "description", null),
                    type == FormComponent.Type.DATETIME ? node.path("subtype").asText("date") : null,
                    node.has("defaultValue") && !node.get("defaultValue").isNull()
                            ? JSON.convertValue(node.get("defaultValue"), Object.class)
                            : null,
                    validate.path("required").asBoolean(false),
                    intOrNull(validate, "minLength"),
                    intOrNull(validate, "maxLength"),
                    doubleOrNull(validate, "min"),
                    doubleOrNull(validate, "max"),
                    text(validate, "pattern", null),
                    node.path("readonly").asBoolean(false)
                            || node.path("disabled").asBoolean(false),
                    intOrNull(node, "decimalDigits"),
                    options));
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static Integer intOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }

    private static Double doubleOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
