package org.gongwen.pdf.internal;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Lines may break after any ideograph, keeping Latin words whole, with the usual 避头尾: closing
 * punctuation never starts a line and opening punctuation never ends one.
 */
final class CjkSplitCharacters implements ISplitCharacters {

    static final CjkSplitCharacters INSTANCE = new CjkSplitCharacters();

    private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’…—%,.;:?!)";
    private static final String NO_LINE_END = "（《「『〔【“‘(";

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int current = unicode(text.get(glyphPos));
        int next = glyphPos + 1 < text.getEnd() ? unicode(text.get(glyphPos + 1)) : -1;
        if (current < 0 || NO_LINE_END.indexOf(current) >= 0 || (next >= 0 && NO_LINE_START.indexOf(next) >= 0)) {
            return false;
        }
        return Character.isWhitespace(current) || current == '-' || wide(current) || wide(next);
    }

    private static int unicode(Glyph glyph) {
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }

    private static boolean wide(int c) {
        return c >= 0x2E80
                && (Character.isIdeographic(c) || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.BASIC_LATIN);
    }
}
