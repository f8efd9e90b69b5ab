package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GB/T 9704 5.2.3 (每行排28个字，并撑满版心) and clreq's 避头尾, measured with PDFBox on the corpus of
 * county documents: the 主送, every body paragraph and heading, the 附件说明 and the 附注.
 */
class LineCompositionLayoutTests {

    static final float MM = 72f / 25.4f;
    static final float TYPE_LEFT = 28 * MM;
    static final float TYPE_RIGHT = TYPE_LEFT + 156 * MM;
    static final float TYPE_TOP = 297 * MM - 37 * MM;
    static final float CHAR = 156 * MM / 28;
    static final float LINE = 225 * MM / 22;
    static final String NO_LINE_START = "，。、；：？！）》」";
    static final String NO_LINE_END = "（《「";

    record Composed(String document, String text, List<PrintedLines.Line> lines) {}

    static final List<Composed> paragraphs = new ArrayList<>();
    static final Map<String, Integer> pages = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        SampleDocuments.corpus().forEach((name, doc) -> {
            List<PrintedLines.Line> lines = PrintedLines.of(renderer.render(doc));
            pages.put(name, lines.get(lines.size() - 1).page());
            paragraphs.addAll(find(name, composedTexts(doc), lines));
        });
    }

    @Test
    void theCorpusIsTenDocumentsOfSeveralPages() {
        assertThat(pages).hasSize(10);
        assertThat(pages.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(20);
        assertThat(fullLines()).hasSizeGreaterThan(150);
    }

    @Test
    void everyFullLineEndsAtTheTypeAreasRightEdge() {
        assertThat(fullLines())
                .allSatisfy(line -> assertThat(line.right())
                        .as("right edge of \"%s\"", line.text())
                        .isCloseTo(TYPE_RIGHT, Offset.offset(0.2f * MM)));
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        paragraphs.forEach(p -> p.lines().forEach(line -> {
            String text = line.text().strip();
            assertThat(NO_LINE_START.indexOf(text.charAt(0)))
                    .as("start of \"%s\"", text)
                    .isNegative();
            assertThat(NO_LINE_END.indexOf(text.charAt(text.length() - 1)))
                    .as("end of \"%s\"", text)
                    .isNegative();
        }));
    }

    /**
     * A full line's indent and glyphs, the spreading between them left out, are 28 characters' worth, give or
     * take one: a character moved down, or one more where marks were set at half width; a line before a Latin
     * word that did not fit may be short by that word.
     */
    @Test
    void everyFullLineHoldsTwentyEightCharactersWorth() {
        for (Composed paragraph : paragraphs) {
            for (int i = 0; i < paragraph.lines().size() - 1; i++) {
                PrintedLines.Line line = paragraph.lines().get(i);
                float units = (line.left() - TYPE_LEFT) / CHAR + worth(line);
                float pushedWord = leadingWord(paragraph.lines().get(i + 1)) / CHAR;
                assertThat(units)
                        .as("units of \"%s\"", line.text())
                        .isLessThanOrEqualTo(29.01f)
                        .isGreaterThanOrEqualTo(26.99f - pushedWord);
            }
        }
    }

    @Test
    void linesStayOnTheGrid() {
        float phase = Float.NaN;
        for (Composed paragraph : paragraphs) {
            for (PrintedLines.Line line : paragraph.lines()) {
                float fromTop = (TYPE_TOP - line.baseline()) % LINE;
                if (Float.isNaN(phase)) {
                    phase = fromTop;
                }
                assertThat(fromTop).as("baseline of \"%s\"", line.text()).isCloseTo(phase, Offset.offset(0.1f));
            }
        }
    }

    @Test
    void aLongAttachmentNameWrapsUnderItsOwnFirstCharacter() {
        Composed attachment = paragraphs.stream()
                .filter(p -> p.text().startsWith("2. 清河县山洪灾害危险区"))
                .findFirst()
                .orElseThrow();
        assertThat(attachment.lines()).hasSizeGreaterThan(1);
        PrintedLines.Line first = attachment.lines().get(0);
        PrintedLines.Glyph name = first.glyphs().stream()
                .filter(g -> g.text().equals("清"))
                .findFirst()
                .orElseThrow();
        assertThat(first.left()).isCloseTo(TYPE_LEFT + 5 * CHAR, Offset.offset(0.01f));
        assertThat(attachment.lines().get(1).left()).isCloseTo(name.x(), Offset.offset(0.2f * MM));
    }

    @Test
    void punctuationIsCompressedAndLinesAreSpreadInTheCorpus() {
        long compressed =
                fullLines().stream().filter(line -> glyphsPerCell(line) > 1.01f).count();
        long spread =
                fullLines().stream().filter(line -> glyphsPerCell(line) < 0.99f).count();
        assertThat(compressed).as("lines with marks at half width").isPositive();
        assertThat(spread).as("lines spread").isPositive();
    }

    /**
     * Characters' worth of a line's glyphs: a CJK glyph up to one character, a Latin one up to its advance,
     * each no more than the distance to the next glyph (so a mark set at half width counts half).
     */
    private static float worth(PrintedLines.Line line) {
        float units = 0;
        List<PrintedLines.Glyph> glyphs = line.glyphs();
        for (int k = 0; k < glyphs.size(); k++) {
            PrintedLines.Glyph glyph = glyphs.get(k);
            float own = wide(glyph.text()) ? CHAR : glyph.advance();
            float room = k + 1 < glyphs.size() ? glyphs.get(k + 1).x() - glyph.x() : own;
            units += Math.min(own, room) / CHAR;
        }
        return units;
    }

    /** Wide glyphs per character cell of the line, Latin counted by width. */
    private static float glyphsPerCell(PrintedLines.Line line) {
        float units = 0;
        for (PrintedLines.Glyph glyph : line.glyphs()) {
            units += wide(glyph.text()) ? 1 : glyph.advance() / CHAR;
        }
        return units / ((line.right() - line.left()) / CHAR);
    }

    private static List<PrintedLines.Line> fullLines() {
        return paragraphs.stream()
                .flatMap(p -> p.lines().subList(0, p.lines().size() - 1).stream())
                .toList();
    }

    /** Width of the Latin letters and digits a line starts with. */
    private static float leadingWord(PrintedLines.Line line) {
        float width = 0;
        for (PrintedLines.Glyph glyph : line.glyphs()) {
            if (wide(glyph.text()) || glyph.text().isBlank()) {
                break;
            }
            width += glyph.advance();
        }
        return width;
    }

    private static boolean wide(String text) {
        int c = text.codePointAt(0);
        return c >= 0x2000 && !(c >= 0xFF61 && c <= 0xFFDC);
    }

    /** The texts the layout composes, in their order: 主送, body blocks, 附件说明, 附注. */
    private static List<String> composedTexts(OfficialDocument doc) {
        List<String> texts = new ArrayList<>();
        if (doc.mainRecipients() != null) {
            texts.add(doc.mainRecipients() + "：");
        }
        doc.body().forEach(block -> texts.add(block.text()));
        for (int i = 0; i < doc.attachments().size(); i++) {
            String number = doc.attachments().size() == 1 ? "" : (i + 1) + ". ";
            texts.add((i == 0 ? "附件：" : "") + number + doc.attachments().get(i).name());
        }
        if (doc.note() != null) {
            texts.add("（" + doc.note() + "）");
        }
        return texts;
    }

    /** The printed lines of each text, page numbers between them skipped. */
    private static List<Composed> find(String document, List<String> texts, List<PrintedLines.Line> lines) {
        List<Composed> found = new ArrayList<>();
        int next = 0;
        for (String text : texts) {
            String wanted = text.replaceAll("\\s", "");
            List<PrintedLines.Line> own = new ArrayList<>();
            StringBuilder printed = new StringBuilder();
            while (next < lines.size() && !printed.toString().equals(wanted)) {
                PrintedLines.Line line = lines.get(next++);
                String part = line.text().replaceAll("\\s", "");
                if (!part.isEmpty() && wanted.startsWith(printed + part)) {
                    printed.append(part);
                    own.add(line);
                } else if (!own.isEmpty() && !part.matches("—\\d+—")) {
                    fail("%s: \"%s\" interrupts \"%s\"", document, line.text(), text);
                }
            }
            if (!printed.toString().equals(wanted)) {
                fail("%s: \"%s\" is not printed", document, text);
            }
            found.add(new Composed(document, text, own));
        }
        return found;
    }
}
