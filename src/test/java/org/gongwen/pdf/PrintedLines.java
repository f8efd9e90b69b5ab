package org.gongwen.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text a PDF prints, measured independently of iText with PDFBox's text positions: glyphs
 * on a page grouped by baseline, left to right. Coordinates in points from the page's bottom left;
 * a glyph's box is its advance box (origin to origin plus advance, character spacing not included).
 */
final class PrintedLines {

    record Glyph(String text, float x, float advance, float size) {

        float right() {
            return x + advance;
        }
    }

    record Line(int page, float baseline, List<Glyph> glyphs) {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return text.toString();
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.get(glyphs.size() - 1).right();
        }
    }

    private PrintedLines() {}

    static List<Line> of(byte[] pdf) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> positions = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        positions.add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                float height = document.getPage(page - 1).getMediaBox().getHeight();
                lines.addAll(group(page, height, positions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static List<Line> group(int page, float pageHeight, List<TextPosition> positions) {
        List<Line> lines = new ArrayList<>();
        positions.stream()
                .sorted(Comparator.comparingDouble((TextPosition p) -> -(pageHeight - p.getYDirAdj()))
                        .thenComparingDouble(TextPosition::getXDirAdj))
                .forEach(p -> {
                    float baseline = pageHeight - p.getYDirAdj();
                    Glyph glyph = new Glyph(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt());
                    Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (last != null && Math.abs(last.baseline() - baseline) < 0.5f) {
                        last.glyphs().add(glyph);
                    } else {
                        List<Glyph> glyphs = new ArrayList<>();
                        glyphs.add(glyph);
                        lines.add(new Line(page, baseline, glyphs));
                    }
                });
        lines.forEach(l -> l.glyphs().sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }
}
