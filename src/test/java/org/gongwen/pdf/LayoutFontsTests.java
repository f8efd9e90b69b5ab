package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayoutFontsTests {

    @Test
    void aMissingFontStopsTheRendererWithTheSettingAndLocation() {
        LayoutSettings settings = new LayoutSettings(36, 1.5f, "#FF0000", 6, new LayoutSettings.Fonts(
                "classpath:fonts/NotoSerifSC-Bold.ttf", "file:/nonexistent/FangSong_GB2312.ttf",
                "classpath:fonts/NotoSansSC-Medium.ttf", "classpath:fonts/NotoSerifSC-Bold.ttf"));
        assertThatThrownBy(() -> new LayoutRenderer(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongwen.layout.fonts.body")
                .hasMessageContaining("file:/nonexistent/FangSong_GB2312.ttf")
                .hasMessageContaining("not found");
    }

    @Test
    void aFileThatIsNotAFontIsRefused() {
        LayoutSettings settings = new LayoutSettings(36, 1.5f, "#FF0000", 6, new LayoutSettings.Fonts(
                "classpath:fonts/NotoSerifSC-OFL.txt", "classpath:fonts/NotoSerifSC-Regular.ttf",
                "classpath:fonts/NotoSansSC-Medium.ttf", "classpath:fonts/NotoSerifSC-Bold.ttf"));
        assertThatThrownBy(() -> new LayoutRenderer(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongwen.layout.fonts.title");
    }
}
