package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LINE;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;

/**
 * Paragraphs on the grid: fixed line pitch, body character pitch, CJK line breaking. The pitch is the
 * grid's line unless the last page is fitted to its signature block (GB/T 9704 7.3.5.5, see {@link
 * LastPageFitting}).
 */
final class Flow {

    private final float pitch;

    Flow() {
        this(LINE);
    }

    Flow(float pitch) {
        this.pitch = pitch;
    }

    /** The line pitch of this flow's paragraphs. */
    float pitch() {
        return pitch;
    }

    Paragraph paragraph(PdfFont font, float size, String text) {
        Paragraph paragraph = new Paragraph(text)
                .setFont(font)
                .setFontSize(size)
                .setCharacterSpacing(PageGrid.spacingFor(size))
                .setFixedLeading(pitch)
                .setMargin(0)
                .setPadding(0);
        paragraph.setProperty(Property.SPLIT_CHARACTERS, CjkSplitCharacters.INSTANCE);
        return paragraph;
    }

    /** Width of {@code text} in 3号 on the grid. */
    float width(PdfFont font, String text) {
        return width(font, PageGrid.SIZE_3, text);
    }

    float width(PdfFont font, float size, String text) {
        return font.getWidth(text, size) + PageGrid.spacingFor(size) * text.codePointCount(0, text.length());
    }
}
