package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeTextTests {

    @Test
    void typedTextWithLineBreaksTabsChineseAndEmojiIsSafe() {
        assertThat(SafeText.isSafe("关于做好冬季防火工作的通知\r\n\t一、总体要求 😀 «»")).isTrue();
        assertThat(SafeText.isSafe(null)).isTrue();
    }

    @Test
    void controlsUnpairedSurrogatesAndDirectionControlsAreNot() {
        for (String bad : new String[] {
            "a\u0000",
            "\u0007",
            "\u001B[31m",
            "\u007F",
            "\u0085",
            "\u009F",
            "\ud800",
            "x\udc00",
            "\u202Eexe.pdf",
            "\u202A",
            "\u2066",
            "\u2069",
            "\u200F",
            "\u061C",
            "\uFFFF"
        }) {
            assertThat(SafeText.isSafe(bad))
                    .as("%04X", (int) bad.charAt(bad.length() - 1))
                    .isFalse();
        }
    }

    @Test
    void aRefusalNamesTheFieldAndALineHasNoBreaks() {
        assertThatThrownBy(() -> SafeText.require("标题\u202E", "field.title"))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("error.text.unsafe"));
        assertThatThrownBy(() -> SafeText.requireLine("两\n行", "field.title", 300))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> SafeText.require("长".repeat(11), "field.title", 10))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("error.text.tooLong"));
        assertThat(SafeText.strip("a\u0000b\u202Ec\ud800😀")).isEqualTo("abc😀");
    }
}
