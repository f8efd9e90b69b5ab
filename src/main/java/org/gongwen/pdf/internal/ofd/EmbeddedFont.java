package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font of the PDF as the OFD embeds it: the PDF already carries a subset of each face (iText's
 * CFF or TrueType subset with the original glyph ids), so the OFD takes those outlines and wraps them in
 * an OpenType file whose cmap maps the characters printed to their glyphs (see {@link OpenTypeFile}).
 * The file is small because it holds only the glyphs the document prints.
 */
final class EmbeddedFont {

    private final PDFont font;
    private final int number;
    private final Map<Integer, String> unicodes = new TreeMap<>();
    private final Map<Integer, Integer> advances = new TreeMap<>();

    EmbeddedFont(PDFont font, int number) {
        this.font = font;
        this.number = number;
    }

    /** Records that {@code code} prints {@code unicode}; returns its glyph id. */
    int use(int code, String unicode) throws IOException {
        int gid = font instanceof PDType0Font type0 ? type0.codeToGID(code) : code;
        unicodes.putIfAbsent(gid, unicode);
        advances.putIfAbsent(gid, Math.round(font.getWidth(code)));
        return gid;
    }

    /** The family name without the subset prefix ("ABCDEF+"). */
    String name() {
        String name = font.getName() == null ? "Font" + number : font.getName();
        return name.matches("[A-Z]{6}\\+.*") ? name.substring(7) : name;
    }

    String fileName() {
        return "font_" + number + (outline() == null ? "" : ".otf");
    }

    /** The OpenType file, or null when the PDF does not embed the font (the reader then uses its own). */
    byte[] file() {
        Outline outline = outline();
        if (outline == null) {
            return null;
        }
        try {
            return OpenTypeFile.build(name(), outline.cff(), outline.bytes(), unicodes, advances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Outline(boolean cff, byte[] bytes) {}

    private Outline outline() {
        PDFontDescriptor descriptor = font instanceof PDType0Font type0
                ? type0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        if (descriptor == null) {
            return null;
        }
        try {
            PDStream cff = descriptor.getFontFile3();
            if (cff != null) {
                return new Outline(true, cff.toByteArray());
            }
            PDStream trueType = descriptor.getFontFile2();
            return trueType == null ? null : new Outline(false, trueType.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
