package org.gongwen.shared;

import java.util.regex.Pattern;

/**
 * Sentence marks doubled where a text is filled in: a template's "理由：{0}。" with a reason that
 * already ends in "。" would read "。。". The mark the person typed stays; the template's goes.
 */
public final class Punctuation {

    /** A full stop after a sentence-ending mark (。！？…), or a run of full stops. */
    private static final Pattern DOUBLED_STOP = Pattern.compile("(?<=[。！？])。+");
    /** A template's "。" after a value ending in "；" or "，": the full stop ends the sentence. */
    private static final Pattern STOP_AFTER_PAUSE = Pattern.compile("[；，](?=。)");

    private Punctuation() {}

    public static String tidy(String text) {
        if (text == null || text.indexOf('。') < 0) {
            return text;
        }
        return STOP_AFTER_PAUSE
                .matcher(DOUBLED_STOP.matcher(text).replaceAll(""))
                .replaceAll("");
    }
}
