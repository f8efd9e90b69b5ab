package org.gongwen.document.internal;

import org.gongwen.shared.FileSizes;

/**
 * Why an uploaded attachment was recorded as delivered on paper (纸质送达, A11.3) instead of being
 * sent electronically: it is larger than one attachment may be, or the document's body PDF and
 * electronic attachments together would pass the document's limit.
 */
public record PaperNotice(String attachmentName, long sizeBytes, Reason reason, long limitBytes) {

    public enum Reason {
        ATTACHMENT_LIMIT,
        DOCUMENT_LIMIT
    }

    public String messageKey() {
        return reason == Reason.ATTACHMENT_LIMIT ? "document.paper.attachmentLimit" : "document.paper.documentLimit";
    }

    /** The name, the file's size and the limit it passed, for {@link #messageKey()}. */
    public Object[] messageArgs() {
        return new Object[] {attachmentName, FileSizes.text(sizeBytes), FileSizes.text(limitBytes)};
    }
}
