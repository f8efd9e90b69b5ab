package org.gongwen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongwen.workflow.forms.CamundaForm;
import org.gongwen.workflow.forms.FormComponent;
import org.junit.jupiter.api.Test;

/** A task's text filled with what people typed ("同意。") reads without "。。" (the seal, deletion and fault forms). */
class TaskTextPunctuationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    @Test
    void everyFormTextFilledWithValuesEndingInAFullStopHasNoDoubledMarks() throws IOException {
        List<String> doubled = new ArrayList<>();
        int texts = 0;
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form :
                    forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                for (FormComponent c : CamundaForm.parse(Files.readString(form)).components()) {
                    if (c.text() == null) {
                        continue;
                    }
                    Map<String, Object> values = new HashMap<>();
                    Matcher m = VARIABLE.matcher(c.text());
                    while (m.find()) {
                        values.put(m.group(1), "同意。");
                    }
                    texts++;
                    String filled = FormRenderer.fill(c.text(), values);
                    if (filled.contains("。。") || filled.matches("(?s).*[！？；，]。.*")) {
                        doubled.add(form.getFileName() + ": " + filled);
                    }
                }
            }
        }
        assertThat(texts).as("form texts were tried").isGreaterThan(10);
        assertThat(doubled).isEmpty();
        assertThat(FormRenderer.fill("县政府办意见：{{opinion}}。请制作。", Map.of("opinion", "同意。")))
                .isEqualTo("县政府办意见：同意。请制作。");
    }
}
