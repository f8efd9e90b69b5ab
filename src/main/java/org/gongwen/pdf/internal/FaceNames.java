package org.gongwen.pdf.internal;

import com.itextpdf.io.font.FontNames;
import com.itextpdf.io.font.FontProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names from a font's name table: family (name IDs 1 and 16, every language) and PostScript name. */
final class FaceNames {

    private static final int FAMILY = 1;
    private static final int SUBFAMILY = 2;
    private static final int TYPOGRAPHIC_FAMILY = 16;
    private static final int TYPOGRAPHIC_SUBFAMILY = 17;
    /** Windows language ID of Simplified Chinese (PRC). */
    private static final String CHINESE = "2052";

    private FaceNames() {}

    /** Every family name in every language, and the PostScript name. */
    static List<String> of(FontProgram program) {
        FontNames names = program.getFontNames();
        List<String> all = new ArrayList<>();
        for (int id : new int[] {FAMILY, TYPOGRAPHIC_FAMILY}) {
            String[][] entries = names.getNames(id);
            if (entries != null) {
                for (String[] entry : entries) {
                    all.add(entry[3]);
                }
            }
        }
        if (names.getFontName() != null) {
            all.add(names.getFontName());
        }
        return all;
    }

    /**
     * {@code name} is {@code known}, ignoring case and spaces; a PostScript name also matches with a
     * suffix after a hyphen (FZXBSJW--GB1-0 is FZXBSJW).
     */
    static boolean matches(String name, String known) {
        String a = normal(name);
        String b = normal(known);
        return a.equals(b) || a.startsWith(b + "-");
    }

    /** The family a person would name: the Chinese one when there is one, with a weight other than Regular. */
    static String family(FontProgram program) {
        String family = preferred(program, TYPOGRAPHIC_FAMILY);
        String style = family == null ? null : preferred(program, TYPOGRAPHIC_SUBFAMILY);
        if (family == null) {
            family = preferred(program, FAMILY);
            style = preferred(program, SUBFAMILY);
        }
        if (family == null) {
            return program.getFontNames().getFontName();
        }
        boolean plain = style == null
                || style.isBlank()
                || style.equalsIgnoreCase("Regular")
                || family.endsWith(style)
                || !style.chars().allMatch(c -> c < 128);
        return plain ? family : family + " " + style;
    }

    private static String preferred(FontProgram program, int id) {
        String[][] entries = program.getFontNames().getNames(id);
        if (entries == null || entries.length == 0) {
            return null;
        }
        for (String[] entry : entries) {
            if (CHINESE.equals(entry[2]) && !entry[3].isBlank()) {
                return entry[3];
            }
        }
        for (String[] entry : entries) {
            if ("3".equals(entry[0]) && !entry[3].isBlank()) {
                return entry[3];
            }
        }
        return entries[0][3];
    }

    private static String normal(String name) {
        return name == null ? "" : name.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
