package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.CHAR;
import static org.gongwen.pdf.internal.PageGrid.SIZE_3;
import static org.gongwen.pdf.internal.PageGrid.WIDTH;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.TextRenderer;
import java.util.List;

/**
 * Sets text composed by {@link LineComposer} across the type area: each line its own one-line Paragraph,
 * so that iText still breaks pages between lines and every baseline stays on the grid, made of Text runs
 * whose character spacing (which PDF adds after every glyph) puts each glyph where the composer placed it.
 */
final class Typesetter {

    /** Room beyond the line's own width, so that rounding never wraps a composed line. */
    private static final float ROOM = 1;
    /** Spacings closer than this make one run. */
    private static final float SAME_SPACING = 1e-4f;

    private final float linePitch;

    /** Lines {@code linePitch} apart: {@link PageGrid#LINE} on the grid. */
    Typesetter(float linePitch) {
        this.linePitch = linePitch;
    }

    /**
     * {@code text} in {@code face} at {@code size}, its first line starting {@code firstIndent} from the type
     * area's left edge and the others {@code indent}, every line but the last filling to its right edge.
     */
    Div paragraph(LayoutFonts.Bound fonts, PdfFont face, float size, String text, float firstIndent, float indent) {
        List<LineComposer.Line> lines =
                LineComposer.compose(units(fonts, face, size, text), pitch(size), WIDTH - firstIndent, WIDTH - indent);
        Div paragraph = new Div().setMargin(0).setPadding(0);
        if (lines.isEmpty()) {
            lines = List.of(new LineComposer.Line(List.of(), false));
        }
        for (int i = 0; i < lines.size(); i++) {
            paragraph.add(line(fonts, face, size, lines.get(i), i == 0 ? firstIndent : indent));
        }
        return paragraph;
    }

    /** Width of {@code text} set on one line without spreading. */
    float width(LayoutFonts.Bound fonts, PdfFont face, float size, String text) {
        return (float) units(fonts, face, size, text).stream()
                .mapToDouble(LineComposer.Unit::width)
                .sum();
    }

    private static List<LineComposer.Unit> units(LayoutFonts.Bound fonts, PdfFont face, float size, String text) {
        return TextUnits.of(text, pitch(size), new TextUnits.Glyphs() {
            @Override
            public float advance(int codePoint) {
                return fonts.fontFor(face, codePoint).getWidth(codePoint, size);
            }

            @Override
            public boolean inkWithinHalf(int codePoint, boolean left) {
                int[] box = fonts.fontFor(face, codePoint).getFontProgram().getCharBBox(codePoint);
                if (box == null) {
                    return true;
                }
                return left ? box[2] <= 500 : box[0] >= 500;
            }
        });
    }

    /** The body's character pitch, scaled for {@code size} type. */
    private static float pitch(float size) {
        return CHAR * size / SIZE_3;
    }

    private Paragraph line(LayoutFonts.Bound fonts, PdfFont face, float size, LineComposer.Line line, float indent) {
        Paragraph paragraph = new Paragraph()
                .setFont(face)
                .setFontSize(size)
                .setFixedLeading(linePitch)
                .setMargin(0)
                .setPadding(0)
                .setMarginLeft(indent)
                .setMarginRight(-ROOM);
        StringBuilder run = new StringBuilder();
        PdfFont runFont = null;
        float runSpacing = 0;
        List<LineComposer.Placed> units = line.units();
        for (int u = 0; u < units.size(); u++) {
            LineComposer.Placed placed = units.get(u);
            int[] codePoints = placed.unit().text().codePoints().toArray();
            for (int k = 0; k < codePoints.length; k++) {
                int codePoint = codePoints[k];
                PdfFont font = fonts.fontFor(face, codePoint);
                float next = k + 1 < codePoints.length
                        ? placed.glyphX(k + 1)
                        : u + 1 < units.size() ? units.get(u + 1).glyphX(0) : placed.end();
                float spacing = next - placed.glyphX(k) - font.getWidth(codePoint, size);
                if (run.length() > 0 && (font != runFont || Math.abs(spacing - runSpacing) > SAME_SPACING)) {
                    paragraph.add(run(run, runFont, runSpacing));
                    run.setLength(0);
                }
                run.appendCodePoint(codePoint);
                runFont = font;
                runSpacing = spacing;
            }
        }
        if (run.length() > 0) {
            paragraph.add(run(run, runFont, runSpacing));
        }
        float shift = baselineShift(fonts.body(), usedFonts(paragraph), size);
        if (Math.abs(shift) > 0.01f) {
            paragraph.setRelativePosition(0, shift, 0, -shift);
        }
        return paragraph;
    }

    /**
     * How far down a line set in {@code used} must move so that its baseline sits where a line in the
     * body face would: with a fixed leading, iText centres each line's ascender-to-descender box, so a
     * heading face with other vertical metrics would leave the grid.
     */
    private static float baselineShift(PdfFont body, List<PdfFont> used, float size) {
        float[] reference = TextRenderer.calculateAscenderDescender(body);
        float ascender = Float.NEGATIVE_INFINITY;
        float descender = Float.POSITIVE_INFINITY;
        for (PdfFont font : used) {
            float[] metrics = TextRenderer.calculateAscenderDescender(font);
            ascender = Math.max(ascender, metrics[0]);
            descender = Math.min(descender, metrics[1]);
        }
        if (used.isEmpty()) {
            return 0;
        }
        return ((reference[0] + reference[1]) - (ascender + descender)) / 2 * size / 1000f;
    }

    private static List<PdfFont> usedFonts(Paragraph paragraph) {
        List<PdfFont> fonts = new java.util.ArrayList<>();
        for (var child : paragraph.getChildren()) {
            if (child instanceof Text text
                    && text.<Object>getProperty(Property.FONT) instanceof PdfFont font
                    && !fonts.contains(font)) {
                fonts.add(font);
            }
        }
        return fonts;
    }

    private static Text run(StringBuilder text, PdfFont font, float spacing) {
        Text run = new Text(text.toString());
        run.setFont(font);
        run.setCharacterSpacing(spacing);
        return run;
    }
}
