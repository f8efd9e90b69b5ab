package org.gongwen.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the units {@link LineComposer} sets: each CJK character or full-width punctuation mark
 * one unit on the character pitch, each run of Latin letters, digits and ASCII signs one unbreakable
 * word at its font width, each space a unit of its own. "——" and "……" stay one unit.
 */
final class TextUnits {

    /** Closing marks: never at the start of a line (避头). */
    static final String CLOSING = "，。、；：？！）》」』〕】〉〗］｝”’…,.;:?!)";
    /** Opening marks: never at the end of a line (避尾). */
    static final String OPENING = "（《「『〔【〈〖［｛“‘(";
    /** Marks that may be set at half width (标点挤压); question and exclamation marks keep their full width. */
    private static final String COMPRESSIBLE = "，。、；：）》」』〕】〉〗］｝”’（《「『〔【〈〖［｛“‘";

    /** What the composer needs of the faces: advances and where a mark's ink sits. */
    interface Glyphs {

        /** Advance of {@code codePoint} in points. */
        float advance(int codePoint);

        /** Whether the ink of {@code codePoint} lies within the left (or right) half of its em box. */
        boolean inkWithinHalf(int codePoint, boolean left);
    }

    private TextUnits() {}

    static List<LineComposer.Unit> of(String text, float pitch, Glyphs glyphs) {
        List<LineComposer.Unit> units = new ArrayList<>();
        int[] cps = text.codePoints().map(c -> c == '\n' || c == '\t' ? ' ' : c).toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c == ' ') {
                units.add(new LineComposer.Unit(
                        " ", LineComposer.Kind.SPACE, glyphs.advance(c), new float[] {0}, LineComposer.Trim.NONE));
                i++;
            } else if (wide(c)) {
                int end = i + 1;
                if (c == '—' || c == '…') {
                    while (end < cps.length && cps[end] == c) {
                        end++;
                    }
                }
                units.add(wideUnit(cps, i, end, pitch, glyphs));
                i = end;
            } else {
                int end = i + 1;
                while (end < cps.length && cps[end] != ' ' && !wide(cps[end])) {
                    end++;
                }
                units.add(word(cps, i, end, glyphs));
                i = end;
            }
        }
        return units;
    }

    /** A Latin word cut into single characters, for a word longer than a line. */
    static List<LineComposer.Unit> letters(LineComposer.Unit word) {
        List<LineComposer.Unit> letters = new ArrayList<>();
        int[] cps = word.text().codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            float end = k + 1 < cps.length ? word.offsets()[k + 1] : word.width();
            letters.add(new LineComposer.Unit(
                    new String(cps, k, 1),
                    LineComposer.Kind.WORD,
                    end - word.offsets()[k],
                    new float[] {0},
                    LineComposer.Trim.NONE));
        }
        return letters;
    }

    private static LineComposer.Unit wideUnit(int[] cps, int start, int end, float pitch, Glyphs glyphs) {
        int c = cps[start];
        float[] offsets = new float[end - start];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = k * pitch;
        }
        LineComposer.Trim trim = LineComposer.Trim.NONE;
        if (end - start == 1 && COMPRESSIBLE.indexOf(c) >= 0) {
            boolean opening = OPENING.indexOf(c) >= 0;
            if (glyphs.inkWithinHalf(c, !opening)) {
                trim = opening ? LineComposer.Trim.LEFT : LineComposer.Trim.RIGHT;
            }
        }
        return new LineComposer.Unit(
                new String(cps, start, end - start), LineComposer.Kind.WIDE, (end - start) * pitch, offsets, trim);
    }

    private static LineComposer.Unit word(int[] cps, int start, int end, Glyphs glyphs) {
        float[] offsets = new float[end - start];
        float x = 0;
        for (int k = start; k < end; k++) {
            offsets[k - start] = x;
            x += glyphs.advance(cps[k]);
        }
        return new LineComposer.Unit(
                new String(cps, start, end - start), LineComposer.Kind.WORD, x, offsets, LineComposer.Trim.NONE);
    }

    /** Set on the character pitch: ideographs and the CJK and general punctuation, save half-width forms. */
    static boolean wide(int c) {
        if (c < 0x2000) {
            return false;
        }
        return !(c >= 0xFF61 && c <= 0xFFDC) && !(c >= 0xFFE8 && c <= 0xFFEE);
    }
}
