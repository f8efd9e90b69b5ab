package org.gongwen.pdf;

import java.util.List;

/**
 * Which face prints each element of the layout, where it comes from, and the face GB/T 9704 expects
 * there: what the administrators' page 版式字体 and {@code GET /api/v1/layout/faces} show.
 *
 * @param folder       the folder of licensed faces read at start-up ({@code gongwen.layout.fonts.folder})
 * @param elements     one entry per layout element, in the order of the standard
 * @param unrecognised font files in the folder whose family names match no customary face; not used
 */
public record LayoutFaces(String folder, List<ElementFace> elements, List<String> unrecognised) {

    /** Where a face comes from. */
    public enum Source {
        /** found in the folder of licensed faces by its family name */
        FOLDER,
        /** named by a {@code gongwen.layout.fonts.*} setting */
        SETTING,
        /** the open-licensed face inside the application */
        BUNDLED
    }

    /** The elements of GB/T 9704 whose face the settings decide. */
    public enum Element {
        RED_HEADER,
        TITLE,
        DOC_NUMBER,
        SIGNER,
        MAIN_RECIPIENTS,
        BODY,
        HEADING1,
        HEADING2,
        ATTACHMENTS,
        SIGNING_ORGAN,
        DATE,
        NOTE,
        COLOPHON,
        PAGE_NUMBER
    }

    /**
     * @param expected   the customary face the standard's practice names (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312)
     * @param family     the family name of the face in use, from its name table
     * @param file       its file: a path, or the bundled resource's name
     * @param substitute true when the face in use is not the customary one but stands in for it
     * @param fallback   the face that prints what {@code family} lacks
     */
    public record ElementFace(
            Element element,
            String expected,
            String family,
            String file,
            Source source,
            boolean substitute,
            String fallback) {}
}
