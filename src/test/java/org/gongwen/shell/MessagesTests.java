package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both language bundles carry the same keys, and every key the code names exists. */
class MessagesTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in =
                new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern call = Pattern.compile(
                "(?:getTranslation|translations\\.get|BusinessException\\.\\w+|Violation)\\(\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
