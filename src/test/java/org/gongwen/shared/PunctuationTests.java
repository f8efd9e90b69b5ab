package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** No "。。" in what people read: neither in the messages nor where a value ending in "。" is filled in. */
class PunctuationTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,\\s*number[^}]*)?}");
    private static final Pattern DOUBLED = Pattern.compile("。。|[！？]。|[；，]。");

    @Test
    void aFilledInValueKeepsItsOwnMarkAndTheTemplatesFullStopGoes() {
        assertThat(Punctuation.tidy("理由：同意。。")).isEqualTo("理由：同意。");
        assertThat(Punctuation.tidy("说明：设备遗失！。请核实。")).isEqualTo("说明：设备遗失！请核实。");
        assertThat(Punctuation.tidy("意见：可以；。")).isEqualTo("意见：可以。");
        assertThat(Punctuation.tidy("等待……。")).isEqualTo("等待……。");
        assertThat(Punctuation.tidy("Done.")).isEqualTo("Done.");
        assertThat(Punctuation.tidy(null)).isNull();
    }

    @Test
    void noMessageDoublesItsPunctuationWhenItsValuesEndInAFullStop() throws IOException {
        Properties messages = new Properties();
        try (var in =
                new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Translations translations = new Translations(source);

        List<String> doubled = new ArrayList<>();
        int filled = 0;
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (DOUBLED.matcher(text).find()) {
                doubled.add(key + "=" + text);
            }
            Object[] args = values(text);
            if (args.length > 0) {
                filled++;
                String out = translations.getTranslation(key, Translations.CHINESE, args);
                if (DOUBLED.matcher(out).find()) {
                    doubled.add(key + " → " + out);
                }
            }
        }
        assertThat(filled).as("messages with values were tried").isGreaterThan(100);
        assertThat(doubled).isEmpty();
    }

    /** Each placeholder's value: a sentence ending in "。", or a number where the message formats one. */
    private static Object[] values(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<Object> args = new ArrayList<>();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            while (args.size() <= index) {
                args.add("同意。");
            }
            if (m.group(2) != null) {
                args.set(index, 3);
            }
        }
        return args.toArray();
    }
}
