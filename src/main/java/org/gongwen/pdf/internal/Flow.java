package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LINE;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;

/**
 * Paragraphs on the grid: fixed line pitch, body character pitch, CJK line breaking; a character the
 * face lacks is a run of its own in the fallback ({@link LayoutFonts.Bound#fontFor}). The pitch is the
 * grid's line unless the last page is fitted to its signature block (GB/T 9704 7.3.5.5, see {@link
 * LastPageFitting}).
 */
final class Flow {

    private final LayoutFonts.Bound fonts;
    private final float pitch;

    Flow(LayoutFonts.Bound fonts) {
        this(fonts, LINE);
    }

    Flow(LayoutFonts.Bound fonts, float pitch) {
        this.fonts = fonts;
        this.pitch = pitch;
    }

    /** The fonts of the document this flow lays out. */
    LayoutFonts.Bound fonts() {
        return fonts;
    }

    /** The line pitch of this flow's paragraphs. */
    float pitch() {
        return pitch;
    }

    Paragraph paragraph(PdfFont font, float size, String text) {
        Paragraph paragraph = new Paragraph()
                .setFont(font)
                .setFontSize(size)
                .setCharacterSpacing(PageGrid.spacingFor(size))
                .setFixedLeading(pitch)
                .setMargin(0)
                .setPadding(0);
        for (LayoutFonts.Run run : fonts.runs(font, text)) {
            Text piece = new Text(run.text());
            paragraph.add(run.font() == font ? piece : piece.setFont(run.font()));
        }
        paragraph.setProperty(Property.SPLIT_CHARACTERS, CjkSplitCharacters.INSTANCE);
        return paragraph;
    }

    /**
     * {@code text} composed line by line (see {@link Typesetter}): every full line fills the type area,
     * 避头尾 resolved by compressing punctuation or spreading the line; first line and following lines
     * indented as given.
     */
    Div composed(PdfFont font, float size, String text, float firstIndent, float indent) {
        return new Typesetter(pitch).paragraph(fonts, font, size, text, firstIndent, indent);
    }

    /** Width of {@code text} as {@link #composed} sets it before any spreading. */
    float composedWidth(PdfFont font, float size, String text) {
        return new Typesetter(pitch).width(fonts, font, size, text);
    }

    /** Width of {@code text} in 3号 on the grid. */
    float width(PdfFont font, String text) {
        return width(font, PageGrid.SIZE_3, text);
    }

    float width(PdfFont font, float size, String text) {
        return fonts.width(font, text, size) + PageGrid.spacingFor(size) * text.codePointCount(0, text.length());
    }
}
