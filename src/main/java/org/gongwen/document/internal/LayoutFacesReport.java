package org.gongwen.document.internal;

import java.util.List;
import java.util.function.BiFunction;
import org.gongwen.pdf.LayoutFaces;

/**
 * The faces of the layout in words, for the administrators' page 版式字体 and {@code GET
 * /api/v1/layout/faces}: per element the face in use, where it comes from, the face GB/T 9704 expects
 * and a warning where an open or other face stands in.
 *
 * @param folder       the folder of licensed faces, as an absolute path
 * @param elements     the elements in the order of the standard
 * @param unrecognised font files in the folder that match no customary face, so are not used
 */
public record LayoutFacesReport(String folder, List<Row> elements, List<String> unrecognised) {

    /**
     * @param element    the element's code, e.g. BODY
     * @param name       the element's name, e.g. 正文
     * @param expected   the face GB/T 9704's practice names, e.g. 仿宋_GB2312
     * @param family     the family name of the face in use
     * @param file       its file, or the bundled resource
     * @param source     FOLDER, SETTING or BUNDLED
     * @param sourceName where it comes from in words: 授权字体目录, 配置, 内置开源字体
     * @param warning    why the face is not the expected one, or null when it is
     * @param fallback   the family that prints characters the face lacks
     */
    public record Row(
            String element,
            String name,
            String expected,
            String family,
            String file,
            String source,
            String sourceName,
            String warning,
            String fallback) {}

    /** {@code faces} translated by {@code translate} (a message key and its arguments). */
    public static LayoutFacesReport of(LayoutFaces faces, BiFunction<String, Object[], String> translate) {
        List<Row> rows = faces.elements().stream()
                .map(e -> new Row(
                        e.element().name(),
                        translate.apply("layoutFaces.element." + e.element().name(), new Object[0]),
                        e.expected(),
                        e.family(),
                        e.file(),
                        e.source().name(),
                        translate.apply("layoutFaces.source." + e.source().name(), new Object[0]),
                        warning(e, translate),
                        e.fallback()))
                .toList();
        return new LayoutFacesReport(faces.folder(), rows, faces.unrecognised());
    }

    private static String warning(LayoutFaces.ElementFace face, BiFunction<String, Object[], String> translate) {
        if (!face.substitute()) {
            return null;
        }
        String key =
                face.source() == LayoutFaces.Source.BUNDLED ? "layoutFaces.substituteOpen" : "layoutFaces.substitute";
        return translate.apply(key, new Object[] {face.family(), face.expected()});
    }
}
