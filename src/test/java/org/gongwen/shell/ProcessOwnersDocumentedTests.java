package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's table of process models names every model and form the loader deploys, so each has a documented owner. */
class ProcessOwnersDocumentedTests {

    @Test
    void everyModelAndFormHasAnOwnerInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table =
                readme.substring(readme.indexOf("### Process models and their forms"), readme.indexOf("## URLs"));
        assertThat(names(Path.of("bpmn"), ".bpmn"))
                .isNotEmpty()
                .allSatisfy(model -> assertThat(table).contains("| `" + model + "` |"));
        assertThat(names(Path.of("forms"), ".form"))
                .isNotEmpty()
                .allSatisfy(form -> assertThat(table).contains("`" + form + "`"));
    }

    private static List<String> names(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .sorted()
                    .toList();
        }
    }
}
