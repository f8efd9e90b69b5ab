package org.gongwen.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What in a form Gongwen could not honour, found before the form is deployed: a component type it does not
 * render (its field would be neither validated nor submitted) and a validation pattern that does not compile
 * (it would check nothing).
 */
public final class FormFindings {

    /** form-js types that hold no value and may be left out of the rendered form. */
    private static final Set<String> DECORATIONS = Set.of("text", "html", "image", "spacer", "separator", "button");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding: the component's key (or type), a message key and its argument. */
    public record Finding(String component, String messageKey, String argument) {}

    private FormFindings() {}

    public static List<Finding> of(String json) {
        List<Finding> findings = new ArrayList<>();
        try {
            walk(JSON.readTree(json).path("components"), findings);
        } catch (IOException e) {
            findings.add(new Finding("", "form.error.unreadable", e.getMessage()));
        }
        return findings;
    }

    private static void walk(JsonNode components, List<Finding> findings) {
        for (JsonNode node : components) {
            if (node.has("components")) {
                walk(node.path("components"), findings);
                continue;
            }
            String type = node.path("type").asText("");
            String name = node.path("key").asText(type);
            if (FormComponent.Type.of(type) == null && !DECORATIONS.contains(type)) {
                findings.add(new Finding(name, "form.error.unknownComponent", type));
            }
            String pattern = node.path("validate").path("pattern").asText("");
            if (!pattern.isEmpty()) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    findings.add(new Finding(name, "form.error.brokenPattern", pattern));
                }
            }
        }
    }
}
