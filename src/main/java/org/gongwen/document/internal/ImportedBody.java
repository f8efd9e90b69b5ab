package org.gongwen.document.internal;

import java.util.List;
import org.gongwen.pdf.OfficialDocument;

/**
 * The body read from a .docx draft.
 *
 * @param title  标题 found before the body (lines joined with {@code \n}), or null
 * @param blocks 正文 paragraphs and headings in order, never empty
 */
public record ImportedBody(String title, List<OfficialDocument.Block> blocks) {

    public ImportedBody {
        blocks = List.copyOf(blocks);
    }
}
