package org.gongwen.pdf.internal.ofd;

import java.util.List;
import org.dom4j.Element;

/** The page IDs of the main document, in page order. */
public final class OfdPages {

    private OfdPages() {}

    public static List<String> of(OfdPackage ofd) {
        Element document = ofd.xml(ofd.documentPath());
        return Xml.child(document, "Pages")
                .map(pages -> Xml.children(pages, "Page").stream()
                        .map(page -> page.attributeValue("ID", ""))
                        .toList())
                .orElse(List.of());
    }

    /** The main document's largest object ID (CommonData/MaxUnitID), 0 when absent. */
    public static long maxUnitId(OfdPackage ofd) {
        return Xml.child(ofd.xml(ofd.documentPath()), "CommonData")
                .flatMap(c -> Xml.childText(c, "MaxUnitID"))
                .map(id -> {
                    try {
                        return Long.parseLong(id);
                    } catch (NumberFormatException e) {
                        return 0L;
                    }
                })
                .orElse(0L);
    }
}
