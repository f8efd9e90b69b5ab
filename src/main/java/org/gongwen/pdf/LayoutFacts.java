package org.gongwen.pdf;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.gongwen.pdf.internal.Dates;

/**
 * What a layout file shows, as {@link LayoutInspector} read it: its pages, how many seal images are
 * stamped on them, and its text with all white space removed (so that wrapped lines still match).
 */
public record LayoutFacts(boolean readable, int pages, int sealImages, String text) {

    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    static LayoutFacts unreadable() {
        return new LayoutFacts(false, 0, 0, "");
    }

    /** The text shows {@code phrase}, however the layout broke it into lines. */
    public boolean mentions(String phrase) {
        return phrase != null && !phrase.isBlank() && text.contains(withoutSpace(phrase));
    }

    /** The text shows {@code date} as GB/T 9704 writes it ("2026年11月24日"). */
    public boolean mentions(LocalDate date) {
        return date != null && mentions(Dates.chinese(date));
    }

    /** The text shows some date written as GB/T 9704 writes dates. */
    public boolean mentionsADate() {
        return DATE.matcher(text).find();
    }

    static String withoutSpace(String s) {
        return s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
