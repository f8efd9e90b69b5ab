package org.gongwen.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFindingsTests {

    private static final String FORM = """
            { "id": "f", "type": "default", "components": [
              { "type": "text", "text": "说明" },
              { "type": "spacer" },
              { "type": "textfield", "key": "code", "validate": { "pattern": "[0-9" } },
              { "type": "group", "components": [ { "type": "taglist", "key": "units", "validate": { "required": true } } ] },
              { "type": "textarea", "key": "reason", "validate": { "pattern": "[^x]*" } }
            ] }""";

    @Test
    void anUnknownComponentAndABrokenPatternAreFindings() {
        assertThat(FormFindings.of(FORM))
                .extracting(
                        FormFindings.Finding::component,
                        FormFindings.Finding::messageKey,
                        FormFindings.Finding::argument)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("code", "form.error.brokenPattern", "[0-9"),
                        org.assertj.core.groups.Tuple.tuple("units", "form.error.unknownComponent", "taglist"));
    }

    @Test
    void aBrokenPatternNoLongerAcceptsEverything() {
        CamundaForm form = CamundaForm.parse(FORM);
        assertThatThrownBy(() -> FormValues.validate(form, Map.of("code", "anything")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("code");
    }

    @Test
    void aShippedStyleFormHasNoFindings() {
        assertThat(FormFindings.of("""
                { "components": [ { "type": "radio", "key": "approved", "values": [ { "label": "同意", "value": "true" } ] },
                  { "type": "checkbox", "key": "checked" } ] }""")).isEmpty();
    }
}
