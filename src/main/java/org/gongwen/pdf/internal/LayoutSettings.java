package org.gongwen.pdf.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Layout settings for what GB/T 9704 leaves open. Sizes in points, colours as {@code #RRGGBB}.
 *
 * @param redHeaderSize     size of the 发文机关标志; the standard fixes none, 小初 (36 pt) is common; a
 *                          mark wider than the type area is compressed horizontally
 * @param redRuleWidth      thickness of the red separator (1–2.25 pt in practice)
 * @param screenRed         the red on screen; printers map it to about CMYK 0/80/80/0
 * @param copyNumberDigits  份号 width, zero-padded
 * @param fonts             font files as {@code classpath:} or {@code file:} locations
 */
@ConfigurationProperties("gongwen.layout")
public record LayoutSettings(
        @DefaultValue("36") float redHeaderSize,
        @DefaultValue("1.5") float redRuleWidth,
        @DefaultValue("#FF0000") String screenRed,
        @DefaultValue("6") int copyNumberDigits,
        @DefaultValue Fonts fonts) {

    /**
     * The faces. Each element's face is, in this order: the explicit setting, a licensed face found in
     * {@code folder} by its family name (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312 and their English
     * names), or the bundled open-licensed default ({@code BUNDLED_*}).
     *
     * @param title    发文机关标志 and 标题 (小标宋)
     * @param body     everything in 3号 and 4号 (仿宋), page numbers too
     * @param heading1 一、 headings (黑体)
     * @param heading2 （一） headings and the 签发人 name (楷体)
     * @param folder   where a county puts its licensed .ttf, .otf and .ttc files; read at start-up
     */
    public record Fonts(
            String title,
            String body,
            String heading1,
            String heading2,
            @DefaultValue("./data/fonts") String folder) {

        /** Noto Serif SC Black (思源宋体 Heavy), the open stand-in for 方正小标宋简体. */
        public static final String BUNDLED_TITLE = "classpath:fonts/NotoSerifSC-Black.ttf";
        /** FandolFang (GPL with the font exception), the open stand-in for 仿宋_GB2312. */
        public static final String BUNDLED_BODY = "classpath:fonts/FandolFang-Regular.otf";
        /** Noto Sans SC Medium (思源黑体), the open stand-in for 黑体. */
        public static final String BUNDLED_HEADING1 = "classpath:fonts/NotoSansSC-Medium.ttf";
        /** FandolKai (GPL with the font exception), the open stand-in for 楷体_GB2312. */
        public static final String BUNDLED_HEADING2 = "classpath:fonts/FandolKai-Regular.otf";
        /** Noto Serif SC Regular: prints what the 仿宋 and 楷体 faces lack (they cover about GB 2312). */
        public static final String FALLBACK_SERIF = "classpath:fonts/NotoSerifSC-Regular.ttf";
    }

    /** The defaults without a folder of licensed faces, for code that runs without Spring (tests, tools). */
    public static LayoutSettings defaults() {
        return new LayoutSettings(36, 1.5f, "#FF0000", 6, new Fonts(null, null, null, null, null));
    }
}
