package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Ids and counts read as their digits; a placeholder's own number format is kept. */
class TranslationsTests {

    private final Translations translations = new Translations(bundles());

    @Test
    void anIdInAPlainPlaceholderIsNotGroupedInThousands() {
        assertThat(translations.getTranslation("document.error.notFound", Translations.CHINESE, 12345L))
                .isEqualTo("公文（编号 12345）不存在或无权查看");
        assertThat(translations.getTranslation("task.error.notFound", Locale.ENGLISH, 1234))
                .doesNotContain("1,234")
                .contains("1234");
    }

    @Test
    void aPlaceholderWithItsOwnNumberFormatKeepsIt() {
        assertThat(translations.getTranslation("error.text.tooLong", Translations.CHINESE, "标题", 12000))
                .isEqualTo("标题过长，不能超过 12000 个字符。");
        assertThat(translations.getTranslation("audit.verify.broken", Translations.CHINESE, 1164L, "该记录被修改", 1163L))
                .isEqualTo("哈希链在第 1164 条记录处断开（该记录被修改）；此前 1163 条记录完整。");
    }

    @Test
    void textAndAnUnknownKeyAreUnchanged() {
        assertThat(translations.getTranslation("document.error.notFound", Translations.CHINESE, "甲"))
                .isEqualTo("公文（编号 甲）不存在或无权查看");
        assertThat(translations.getTranslation("no.such.key", Translations.CHINESE, 1234L))
                .isEqualTo("no.such.key");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
