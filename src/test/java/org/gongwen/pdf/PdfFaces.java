package org.gongwen.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The font of every character of a PDF as PDFBox reads it (TextPosition.getFont().getName()), in content order. */
final class PdfFaces {

    private final StringBuilder text = new StringBuilder();
    private final List<String> fonts = new ArrayList<>();

    PdfFaces(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    for (char c : position.getUnicode().toCharArray()) {
                        text.append(c);
                        fonts.add(position.getFont().getName());
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font name (subset prefix included) of the first occurrence of {@code piece}, all in one font. */
    String fontOf(String piece) {
        int at = text.indexOf(piece);
        if (at < 0) {
            throw new AssertionError("\"" + piece + "\" is not in the file's text: " + text);
        }
        Set<String> used = new LinkedHashSet<>(fonts.subList(at, at + piece.length()));
        if (used.size() != 1) {
            throw new AssertionError("\"" + piece + "\" is printed in several fonts: " + used);
        }
        return used.iterator().next();
    }

    /** The font names of every character of the file. */
    Set<String> all() {
        return new LinkedHashSet<>(fonts);
    }
}
