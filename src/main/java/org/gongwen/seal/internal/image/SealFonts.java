package org.gongwen.seal.internal.image;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled Noto Serif SC (SIL OFL 1.1), a 宋体-like CJK serif, loaded from the classpath on first
 * use. The build copies it to {@code fonts/}; without it the logical serif font stands in, which may
 * lack CJK glyphs, so that is logged as a warning.
 */
final class SealFonts {

    private static final Logger log = LoggerFactory.getLogger(SealFonts.class);

    private SealFonts() {}

    static Font regular() {
        return Regular.FONT;
    }

    static Font bold() {
        return Bold.FONT;
    }

    private static final class Regular {
        static final Font FONT = load("fonts/NotoSerifSC-Regular.ttf", Font.PLAIN);
    }

    private static final class Bold {
        static final Font FONT = load("fonts/NotoSerifSC-Bold.ttf", Font.BOLD);
    }

    private static Font load(String resource, int fallbackStyle) {
        try (InputStream in = SealFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
            log.warn("font {} is not on the classpath; drawn seals use the logical serif font", resource);
        } catch (IOException | FontFormatException e) {
            log.warn("font {} cannot be loaded; drawn seals use the logical serif font", resource, e);
        }
        return new Font(Font.SERIF, fallbackStyle, 1);
    }
}
