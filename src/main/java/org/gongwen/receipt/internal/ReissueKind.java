package org.gongwen.receipt.internal;

/** What a recipient asks the sender for when a document cannot be received normally (A10.2). */
public enum ReissueKind {
    /** 重发: send the document again; the recipient's copy is replaced by a new version. */
    RESEND,
    /** 追加打印份数: raise the print quota. */
    EXTRA_COPIES
}
