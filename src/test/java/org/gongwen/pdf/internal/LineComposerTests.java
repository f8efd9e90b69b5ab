package org.gongwen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Line breaking on a 10-point pitch, lines 10 characters (100 points) wide, Latin letters 6 points. */
class LineComposerTests {

    static final float PITCH = 10;
    static final float WIDTH = 100;
    static final Offset<Float> EXACT = Offset.offset(0.001f);

    /** Marks with their ink in the half GB-style faces put it in; "：" drawn centred when {@code centredColon}. */
    static TextUnits.Glyphs glyphs(boolean centredColon) {
        return new TextUnits.Glyphs() {
            @Override
            public float advance(int codePoint) {
                return codePoint == ' ' ? 3 : 6;
            }

            @Override
            public boolean inkWithinHalf(int codePoint, boolean left) {
                return !(centredColon && codePoint == '：');
            }
        };
    }

    static List<LineComposer.Line> compose(String text) {
        return compose(text, WIDTH);
    }

    static List<LineComposer.Line> compose(String text, float firstWidth) {
        return LineComposer.compose(TextUnits.of(text, PITCH, glyphs(false)), PITCH, firstWidth, WIDTH);
    }

    static List<String> texts(List<LineComposer.Line> lines) {
        return lines.stream().map(LineComposer.Line::text).toList();
    }

    @Test
    void plainTextFillsEveryLineButTheLast() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九十一二三四五六七八九十一二三四五");

        assertThat(texts(lines)).containsExactly("一二三四五六七八九十", "一二三四五六七八九十", "一二三四五");
        assertThat(lines.get(0).full()).isTrue();
        assertThat(lines.get(0).width()).isCloseTo(WIDTH, EXACT);
        assertThat(lines.get(2).full()).isFalse();
        assertThat(lines.get(2).units()).extracting(LineComposer.Placed::x).containsExactly(0f, 10f, 20f, 30f, 40f);
    }

    @Test
    void theFirstLineLeavesRoomForItsIndent() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九十一二", 80);

        assertThat(texts(lines)).containsExactly("一二三四五六七八", "九十一二");
        assertThat(lines.get(0).width()).isCloseTo(80, EXACT);
    }

    @Test
    void aClosingMarkThatWouldStartALineIsTakenInByCompressingAMarkInside() {
        List<LineComposer.Line> lines = compose("一，二，三四五六七八。十");

        assertThat(texts(lines)).containsExactly("一，二，三四五六七八。", "十");
        List<LineComposer.Placed> first = lines.get(0).units();
        assertThat(first.get(1).width()).as("the commas at half width").isCloseTo(5, EXACT);
        assertThat(first.get(3).width()).isCloseTo(5, EXACT);
        assertThat(first.get(4).x()).isCloseTo(30, EXACT);
        assertThat(first.get(10).width())
                .as("the line-final full stop at full width")
                .isCloseTo(10, EXACT);
        assertThat(first.get(10).end()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void compressionPrefersMarksNextToMarksThenTheEndOfTheLine() {
        List<LineComposer.Line> lines = compose("一，二三四五六“七”，八");

        assertThat(texts(lines)).containsExactly("一，二三四五六“七”，", "八");
        List<LineComposer.Placed> first = lines.get(0).units();
        assertThat(first.get(1).width()).as("the lone comma stays full").isCloseTo(10, EXACT);
        assertThat(first.get(9).width())
                .as("the closing quote before the comma")
                .isCloseTo(5, EXACT);
        assertThat(first.get(10).width()).isCloseTo(10, EXACT);
        assertThat(lines.get(0).width()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void anOpeningMarkIsCompressedOnItsEmptyLeftHalf() {
        List<LineComposer.Line> lines = compose("一二三四五六七八，“九十”");

        assertThat(texts(lines)).containsExactly("一二三四五六七八，“九", "十”");
        List<LineComposer.Placed> first = lines.get(0).units();
        assertThat(first.get(8).width()).isCloseTo(5, EXACT);
        assertThat(first.get(9).trimmedLeft()).isTrue();
        assertThat(first.get(9).x()).isCloseTo(85, EXACT);
        assertThat(first.get(9).glyphX(0))
                .as("the quote's glyph starts half a unit before its cell")
                .isCloseTo(80, EXACT);
        assertThat(first.get(10).end()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void oneMarkIsNotEnoughToTakeInAWholeCharacter() {
        assertThat(texts(compose("一二，三四五六七八九。十"))).containsExactly("一二，三四五六七八", "九。十");
    }

    @Test
    void withNoMarkToCompressTheLastCharacterMovesDownAndTheLineIsSpread() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九十。一二");

        assertThat(texts(lines)).containsExactly("一二三四五六七八九", "十。一二");
        List<LineComposer.Placed> first = lines.get(0).units();
        assertThat(first.get(1).x()).as("10 points of slack over 8 gaps").isCloseTo(11.25f, EXACT);
        assertThat(first.get(8).end()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void aMarkWithItsInkInTheMiddleIsNeverCompressed() {
        List<LineComposer.Line> lines =
                LineComposer.compose(TextUnits.of("一二：三四五六七八九。十", PITCH, glyphs(true)), PITCH, WIDTH, WIDTH);

        assertThat(texts(lines)).containsExactly("一二：三四五六七八", "九。十");
    }

    @Test
    void anOpeningMarkNeverEndsALine() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九（十）");

        assertThat(texts(lines)).containsExactly("一二三四五六七八九", "（十）");
        assertThat(lines.get(0).width()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void twoClosingMarksInARowMoveTogether() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九十”。");

        assertThat(texts(lines)).containsExactly("一二三四五六七八九", "十”。");
    }

    @Test
    void aDashPairAndAnEllipsisStayWhole() {
        assertThat(texts(compose("一二三四五六七八九——十"))).containsExactly("一二三四五六七八九", "——十");
        assertThat(texts(compose("一二三四五六七八九……"))).containsExactly("一二三四五六七八", "九……");
    }

    @Test
    void latinWordsStayWholeAndTheSlackGoesBetweenUnitsNotInsideWords() {
        List<LineComposer.Line> lines = compose("一二三四五六按照GB/T 9704—2012排版");

        assertThat(texts(lines)).containsExactly("一二三四五六按照", "GB/T 9704—2012排", "版");
        assertThat(lines.get(0).units().get(1).x()).as("20 points over 7 gaps").isCloseTo(10 + 20f / 7, EXACT);
        LineComposer.Placed word = lines.get(1).units().get(0);
        assertThat(word.unit().text()).isEqualTo("GB/T");
        assertThat(word.glyphX(3) - word.glyphX(0))
                .as("letters at their own advances")
                .isCloseTo(18, EXACT);
        assertThat(lines.get(1).units().get(1).x()).as("5 points over 5 gaps").isCloseTo(25, EXACT);
        assertThat(lines.get(1).width()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void aDashBetweenNumbersNeitherStartsNorEndsALine() {
        assertThat(texts(compose("一二三四五六七八九2026—2027年"))).containsExactly("一二三四五六七八九", "2026—2027年");
    }

    @Test
    void digitsAndPercentAreOneWordAndKeepTheirMark() {
        assertThat(texts(compose("一二三四五六七八100%。"))).containsExactly("一二三四五六七八", "100%。");
    }

    @Test
    void aWordLongerThanALineIsBrokenWhereTheLineEnds() {
        List<LineComposer.Line> lines = compose("网址ABCDEFGHIJKLMNOPQRSTUVWXYZ。");

        assertThat(texts(lines)).containsExactly("网址ABCDEFGHIJKLM", "NOPQRSTUVWXYZ。");
        assertThat(lines.get(0).width()).isCloseTo(WIDTH, EXACT);
    }

    @Test
    void blankTextHasNoLines() {
        assertThat(compose("")).isEmpty();
        assertThat(compose("   ")).isEmpty();
    }

    @Test
    void spacesAtTheEdgesOfALineAreDropped() {
        List<LineComposer.Line> lines = compose("一二三四五六七八九十 ABC");

        assertThat(texts(lines)).containsExactly("一二三四五六七八九十", "ABC");
    }
}
