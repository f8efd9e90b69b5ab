package org.gongwen.pdf.internal;

/** What a layout is for: the document itself, or a copy printed beyond the recipient's quota (A11.2). */
public enum LayoutVariant {

    /** The document as issued: red 发文机关标志 and rule, 份号 when given, the seal image. */
    OFFICIAL,

    /**
     * A copy without legal force: no 发文机关标志 and no red rule (the issuer still reads from the 发文字号,
     * 署名 and 印发机关), no seal (its place stays empty, so the pages break as the official document's),
     * no 份号, and on every page a header line and a grey diagonal watermark saying it has no legal force.
     * Nothing is red; body pages given as a PDF stay images.
     */
    NO_LEGAL_FORCE
}
