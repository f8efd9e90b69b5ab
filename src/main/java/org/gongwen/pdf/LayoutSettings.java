package org.gongwen.pdf;

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
     * Stand-ins for the customary faces. The defaults are the bundled open-licensed fonts; point them
     * at licensed 方正小标宋, 仿宋_GB2312, 黑体 and 楷体_GB2312 files where the county has them.
     *
     * @param title    发文机关标志 and 标题 (小标宋)
     * @param body     everything in 3号 and 4号 (仿宋), page numbers too
     * @param heading1 一、 headings (黑体)
     * @param heading2 （一） headings and the 签发人 name (楷体)
     */
    public record Fonts(
            @DefaultValue("classpath:fonts/NotoSerifSC-Bold.ttf") String title,
            @DefaultValue("classpath:fonts/NotoSerifSC-Regular.ttf") String body,
            @DefaultValue("classpath:fonts/NotoSansSC-Medium.ttf") String heading1,
            @DefaultValue("classpath:fonts/NotoSerifSC-Bold.ttf") String heading2) {
    }

    /** The defaults, for code that runs without Spring (tests, tools). */
    public static LayoutSettings defaults() {
        return new LayoutSettings(36, 1.5f, "#FF0000", 6, new Fonts(
                "classpath:fonts/NotoSerifSC-Bold.ttf", "classpath:fonts/NotoSerifSC-Regular.ttf",
                "classpath:fonts/NotoSansSC-Medium.ttf", "classpath:fonts/NotoSerifSC-Bold.ttf"));
    }
}
