package org.gongwen.document.internal;

import java.util.List;
import org.gongwen.document.DocumentInfo;

/** A draft after files were attached: the document as it now stands and a notice for each file that goes on paper. */
public record AttachedDocument(DocumentInfo document, List<PaperNotice> paperNotices) {

    public AttachedDocument {
        paperNotices = List.copyOf(paperNotices);
    }
}
