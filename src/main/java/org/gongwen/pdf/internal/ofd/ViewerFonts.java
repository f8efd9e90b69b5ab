package org.gongwen.pdf.internal.ofd;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.OFDReader;

/**
 * The fonts of one OFD for viewing: each font the OFD embeds, loaded with iText; for a font it does not
 * embed, or a character its font lacks, the bundled layout face nearest the font's name (楷体, 黑体, 宋体,
 * else 仿宋).
 */
final class ViewerFonts {

    private static final Map<String, FontProgram> BUNDLED = new HashMap<>();

    private final OFDReader reader;
    private final Map<String, PdfFont> fonts = new HashMap<>();
    private final Map<String, PdfFont> fallbacks = new HashMap<>();

    ViewerFonts(OFDReader reader) {
        this.reader = reader;
    }

    /** The font for {@code codePoint} in the OFD font {@code id}. */
    PdfFont font(String id, int codePoint) {
        PdfFont font = fonts.computeIfAbsent(id, this::load);
        if (font != null && font.containsGlyph(codePoint)) {
            return font;
        }
        CT_Font entry = reader.getResMgt().getFont(id);
        String name = entry == null ? "" : (entry.getFontName() + " " + entry.getFamilyName()).toLowerCase();
        String face = name.contains("kai") || name.contains("楷")
                ? "fonts/FandolKai-Regular.otf"
                : name.contains("hei") || name.contains("黑") || name.contains("sans")
                        ? "fonts/NotoSansSC-Medium.ttf"
                        : name.contains("song")
                                        || name.contains("宋")
                                        || name.contains("serif") && !name.contains("fang")
                                ? "fonts/NotoSerifSC-Regular.ttf"
                                : "fonts/FandolFang-Regular.otf";
        PdfFont fallback = fallbacks.computeIfAbsent(
                face,
                f -> PdfFontFactory.createFont(bundled(f), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED));
        return fallback;
    }

    private PdfFont load(String id) {
        CT_Font entry = reader.getResMgt().getFont(id);
        if (entry == null || entry.getFontFile() == null) {
            return null;
        }
        try {
            Path file = reader.getResourceLocator().getFile(entry.getFontFile());
            return PdfFontFactory.createFont(
                    Files.readAllBytes(file), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static synchronized FontProgram bundled(String resource) {
        return BUNDLED.computeIfAbsent(resource, r -> {
            try (InputStream in = ViewerFonts.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("no bundled face " + r);
                }
                return FontProgramFactory.createFont(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
