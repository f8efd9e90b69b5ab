package org.gongwen.pdf.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongwen.pdf.LayoutFaces;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The four layout faces and their fallbacks, parsed once. Each face is the explicit setting, else a
 * licensed face recognised in the configured folder, else the bundled open-licensed face. What a face
 * lacks (FandolFang and FandolKai, like the customary faces, cover about GB 2312) is printed by a
 * fallback of a similar style: Noto Serif SC for 仿宋 and 楷体, the bundled title face for 小标宋, Noto
 * Sans SC for 黑体. Loading fails with a message naming the setting or file when a font is missing,
 * unreadable or has no CJK glyphs, so a server without its fonts refuses to start instead of printing
 * boxes.
 */
public final class LayoutFonts {

    /** Characters every layout font must have: ideographs, the 六角括号, the page-number dash. */
    static final String PROBE = "清河县人民政府文件〔〕号：，。（）一二三年月日0123456789—";

    private final Map<Face, Chosen> faces = new EnumMap<>(Face.class);
    private final Map<Face, Chosen> fallbacks = new EnumMap<>(Face.class);
    private final FontFolder folder;

    /** A face as chosen: its program, the family name shown, its file and where it came from. */
    private record Chosen(
            FontProgram program, String family, String file, LayoutFaces.Source source, boolean customary) {}

    public LayoutFonts(LayoutSettings.Fonts settings) {
        this.folder = FontFolder.scan(settings.folder());
        Map<String, FontProgram> loaded = new HashMap<>();
        choose(Face.TITLE, settings.title(), LayoutSettings.Fonts.BUNDLED_TITLE, loaded);
        choose(Face.BODY, settings.body(), LayoutSettings.Fonts.BUNDLED_BODY, loaded);
        choose(Face.HEADING1, settings.heading1(), LayoutSettings.Fonts.BUNDLED_HEADING1, loaded);
        choose(Face.HEADING2, settings.heading2(), LayoutSettings.Fonts.BUNDLED_HEADING2, loaded);
        fallback(Face.TITLE, LayoutSettings.Fonts.BUNDLED_TITLE, loaded);
        fallback(Face.BODY, LayoutSettings.Fonts.FALLBACK_SERIF, loaded);
        fallback(Face.HEADING1, LayoutSettings.Fonts.BUNDLED_HEADING1, loaded);
        fallback(Face.HEADING2, LayoutSettings.Fonts.FALLBACK_SERIF, loaded);
    }

    private void choose(Face face, String setting, String bundled, Map<String, FontProgram> loaded) {
        if (setting != null && !setting.isBlank()) {
            FontProgram program = loaded.computeIfAbsent(setting, l -> load(face.setting(), l));
            boolean customary = FaceNames.of(program).stream()
                    .anyMatch(n -> face.names().stream().anyMatch(k -> FaceNames.matches(n, k)));
            faces.put(
                    face,
                    new Chosen(program, FaceNames.family(program), setting, LayoutFaces.Source.SETTING, customary));
            return;
        }
        FontFolder.Found found = folder.face(face).orElse(null);
        if (found != null) {
            faces.put(face, new Chosen(found.program(), found.family(), found.file(), LayoutFaces.Source.FOLDER, true));
            return;
        }
        FontProgram program = loaded.computeIfAbsent(bundled, l -> load(face.setting(), l));
        faces.put(face, new Chosen(program, FaceNames.family(program), bundled, LayoutFaces.Source.BUNDLED, false));
    }

    private void fallback(Face face, String location, Map<String, FontProgram> loaded) {
        FontProgram program = loaded.computeIfAbsent(location, l -> load("fallback of " + face.setting(), l));
        fallbacks.put(
                face, new Chosen(program, FaceNames.family(program), location, LayoutFaces.Source.BUNDLED, false));
    }

    /** The fonts bound to one PDF document, embedded as subsets; a fallback is embedded only when it prints. */
    public Bound bind() {
        return new Bound(
                embed(Face.TITLE),
                embed(Face.BODY),
                embed(Face.HEADING1),
                embed(Face.HEADING2),
                PdfFontFactory.createFont(
                        fallbacks.get(Face.TITLE).program(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED),
                PdfFontFactory.createFont(
                        fallbacks.get(Face.BODY).program(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED),
                PdfFontFactory.createFont(
                        fallbacks.get(Face.HEADING1).program(),
                        PdfEncodings.IDENTITY_H,
                        EmbeddingStrategy.FORCE_EMBEDDED));
    }

    /** The body face alone bound to one PDF document, for stamping a file laid out before. */
    public PdfFont bindBody() {
        return embed(Face.BODY);
    }

    /** Characters of {@code text} that neither {@code face} nor its fallback can draw. */
    public Set<String> missing(Face face, String text) {
        FontProgram program = faces.get(face).program();
        FontProgram fallback = fallbacks.get(face).program();
        Set<String> missing = new TreeSet<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && program.getGlyph(c) == null && fallback.getGlyph(c) == null)
                .forEach(c -> missing.add(new String(Character.toChars(c))));
        return missing;
    }

    /** The folder of licensed faces as configured. */
    public String folder() {
        return folder.folder();
    }

    /** Font files in the folder that were not recognised, so not used. */
    public List<String> unrecognised() {
        return folder.unrecognised();
    }

    /** What prints {@code face}: for the administrators' page and the start-up log. */
    public FaceInUse inUse(Face face) {
        Chosen chosen = faces.get(face);
        return new FaceInUse(
                chosen.family(),
                chosen.file(),
                chosen.source(),
                !chosen.customary(),
                fallbacks.get(face).family());
    }

    /** A face as used: family name, file, source, whether it stands in for the customary face, the fallback's family. */
    public record FaceInUse(
            String family, String file, LayoutFaces.Source source, boolean substitute, String fallback) {}

    private PdfFont embed(Face face) {
        return PdfFontFactory.createFont(
                faces.get(face).program(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String setting, String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException(
                    setting + " = " + location + ": font file not found; install the font or point the setting at one");
        }
        FontProgram program;
        try (InputStream in = resource.getInputStream()) {
            program = FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(setting + " = " + location + ": not a usable font: " + e.getMessage(), e);
        }
        requireGlyphs(setting, location, program);
        return program;
    }

    static void requireGlyphs(String setting, String location, FontProgram program) {
        StringBuilder missing = new StringBuilder();
        PROBE.codePoints().filter(c -> program.getGlyph(c) == null).forEach(missing::appendCodePoint);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    setting + " = " + location + ": the font lacks CJK glyphs (" + missing + "); it would print boxes");
        }
    }

    /** Which face: the renderer chooses by element. */
    public enum Face {
        TITLE(
                "gongwen.layout.fonts.title",
                "方正小标宋简体",
                "方正小标宋_GBK",
                "FZXiaoBiaoSong-B05S",
                "FZXiaoBiaoSong-B05",
                "FZXBSJW",
                "FZXBSK"),
        BODY("gongwen.layout.fonts.body", "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"),
        HEADING1("gongwen.layout.fonts.heading1", "黑体", "SimHei"),
        HEADING2("gongwen.layout.fonts.heading2", "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi");

        private final String setting;
        private final List<String> names;

        Face(String setting, String... names) {
            this.setting = setting;
            this.names = List.of(names);
        }

        String setting() {
            return setting;
        }

        /** Family and PostScript names of the customary face, most wanted first; the first is the one to show. */
        public List<String> names() {
            return names;
        }
    }

    /** A piece of text in one font. */
    public record Run(PdfFont font, String text) {}

    /**
     * Fonts bound to one document: the four faces and the fallbacks for what they lack (Noto Serif SC
     * Regular for 仿宋 and 楷体, the bundled title face for 小标宋, Noto Sans SC for 黑体).
     */
    public record Bound(
            PdfFont title,
            PdfFont body,
            PdfFont heading1,
            PdfFont heading2,
            PdfFont titleFallback,
            PdfFont serifFallback,
            PdfFont sansFallback) {

        /**
         * The font that prints {@code codePoint} in {@code face}: {@code face} when it has the glyph, else
         * the fallback of a similar style when that has it, else {@code face} (the glyph check before
         * the layout refuses such text).
         */
        public PdfFont fontFor(PdfFont face, int codePoint) {
            if (Character.isWhitespace(codePoint) || face.containsGlyph(codePoint)) {
                return face;
            }
            PdfFont fallback = fallbackOf(face);
            return fallback != null && fallback.containsGlyph(codePoint) ? fallback : face;
        }

        /** {@code text} split where the font changes; at least one run, so empty text stays one (empty) run. */
        public List<Run> runs(PdfFont face, String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PdfFont font = face;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                PdfFont next = fontFor(face, c);
                if (next != font && !current.isEmpty()) {
                    runs.add(new Run(font, current.toString()));
                    current.setLength(0);
                }
                font = next;
                current.appendCodePoint(c);
                i += Character.charCount(c);
            }
            runs.add(new Run(font, current.toString()));
            return runs;
        }

        /** Width of {@code text} in {@code face} at {@code size}, each character in the font that prints it. */
        public float width(PdfFont face, String text, float size) {
            float width = 0;
            for (Run run : runs(face, text)) {
                width += run.font().getWidth(run.text(), size);
            }
            return width;
        }

        private PdfFont fallbackOf(PdfFont face) {
            if (face == title) {
                return titleFallback;
            }
            if (face == body || face == heading2) {
                return serifFallback;
            }
            return face == heading1 ? sansFallback : null;
        }
    }
}
