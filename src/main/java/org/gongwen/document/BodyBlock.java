package org.gongwen.document;

/**
 * One block of the body as typed in the editor: a paragraph ({@code level} 0) or a heading of
 * level 1 to 4 with its numbering typed in (一、 （一） 1. （1）).
 */
public record BodyBlock(int level, String text) {

    public BodyBlock {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0 to 4: " + level);
        }
        text = text == null ? "" : text.strip();
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(0, text);
    }

    public static BodyBlock heading(int level, String text) {
        return new BodyBlock(level, text);
    }
}
