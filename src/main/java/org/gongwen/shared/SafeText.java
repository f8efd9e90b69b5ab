package org.gongwen.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Which characters text typed or sent by a person may hold. Refused: C0 controls (tab, line
 * feed and carriage return excepted), DEL, C1 controls, unpaired surrogates and the bidirectional
 * controls that make text display in another order than it is stored (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C), and the non-characters U+FFFE, U+FFFF.
 */
public final class SafeText {

    private SafeText() {}

    /** The index of the first refused character, or -1. */
    public static int firstUnsafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isSafe(CharSequence text) {
        return text == null || firstUnsafe(text) < 0;
    }

    private static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || c == 0xFFFE
                || c == 0xFFFF;
    }

    /**
     * Refuses text with a refused character, naming the field by its message key (e.g.
     * {@code field.title}), so the message reads "标题含有不允许的字符".
     */
    public static String require(String text, String fieldKey) {
        if (!isSafe(text)) {
            throw BusinessException.invalid("error.text.unsafe", new DefaultMessageSourceResolvable(fieldKey));
        }
        return text;
    }

    /** As {@link #require}, and at most {@code max} characters; null passes. */
    public static String require(String text, String fieldKey, int max) {
        require(text, fieldKey);
        if (text != null && text.length() > max) {
            throw BusinessException.invalid("error.text.tooLong", new DefaultMessageSourceResolvable(fieldKey), max);
        }
        return text;
    }

    /** As {@link #require}, and on one line: no line breaks or tabs either. */
    public static String requireLine(String text, String fieldKey, int max) {
        require(text, fieldKey, max);
        if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0)) {
            throw BusinessException.invalid("error.text.unsafe", new DefaultMessageSourceResolvable(fieldKey));
        }
        return text;
    }

    /** The text with every refused character removed (for names taken from files, never typed). */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !unsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
