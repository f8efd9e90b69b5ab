package org.gongwen.pdf.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.pdf.LayoutSettings;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The four layout faces, parsed once. Loading fails with a message naming the setting and the
 * location when a file is missing, unreadable or has no CJK glyphs, so a server without its fonts
 * refuses to start instead of printing boxes.
 */
public final class LayoutFonts {

    /** Characters every layout font must have: ideographs, the 六角括号, the page-number dash. */
    static final String PROBE = "清河县人民政府文件〔〕号：，。（）一二三年月日0123456789—";

    private final FontProgram title;
    private final FontProgram body;
    private final FontProgram heading1;
    private final FontProgram heading2;

    public LayoutFonts(LayoutSettings.Fonts locations) {
        this.title = load("gongwen.layout.fonts.title", locations.title());
        this.body = load("gongwen.layout.fonts.body", locations.body());
        this.heading1 = load("gongwen.layout.fonts.heading1", locations.heading1());
        this.heading2 = load("gongwen.layout.fonts.heading2", locations.heading2());
    }

    /** The fonts bound to one PDF document, embedded as subsets. */
    public Bound bind() {
        return new Bound(embed(title), embed(body), embed(heading1), embed(heading2));
    }

    /** The body face alone bound to one PDF document, for stamping a file laid out before. */
    public PdfFont bindBody() {
        return embed(body);
    }

    /** Characters of {@code text} that {@code face} cannot draw. */
    public Set<String> missing(Face face, String text) {
        FontProgram program = program(face);
        Set<String> missing = new TreeSet<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && program.getGlyph(c) == null)
                .forEach(c -> missing.add(new String(Character.toChars(c))));
        return missing;
    }

    private FontProgram program(Face face) {
        return switch (face) {
            case TITLE -> title;
            case BODY -> body;
            case HEADING1 -> heading1;
            case HEADING2 -> heading2;
        };
    }

    private static PdfFont embed(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String setting, String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalStateException(setting + " is not set: the layout needs a CJK font file");
        }
        Resource resource = new DefaultResourceLoader().getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException(setting + " = " + location
                    + ": font file not found; install the font or point the setting at one");
        }
        FontProgram program;
        try (InputStream in = resource.getInputStream()) {
            program = FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(setting + " = " + location + ": not a usable font: " + e.getMessage(), e);
        }
        StringBuilder missing = new StringBuilder();
        PROBE.codePoints().filter(c -> program.getGlyph(c) == null).forEach(missing::appendCodePoint);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(setting + " = " + location
                    + ": the font lacks CJK glyphs (" + missing + "); it would print boxes");
        }
        return program;
    }

    /** Which face: the renderer chooses by element. */
    public enum Face {
        TITLE, BODY, HEADING1, HEADING2
    }

    /** Fonts bound to one document. */
    public record Bound(PdfFont title, PdfFont body, PdfFont heading1, PdfFont heading2) {

        /** The face that draws {@code codePoint} where {@code face} is asked for. */
        public PdfFont fontFor(PdfFont face, int codePoint) {
            return face;
        }
    }
}
