package org.gongwen.pdf.internal.ofd;

import java.util.List;
import java.util.Optional;
import org.dom4j.Element;

/** Navigation by local name: OFD producers differ in namespace prefixes. */
public final class Xml {

    private Xml() {}

    public static List<Element> children(Element parent, String localName) {
        return parent.elements().stream()
                .filter(e -> e.getName().equals(localName))
                .toList();
    }

    public static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    public static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextTrim).filter(t -> !t.isEmpty());
    }

    /** The first descendant of that name, depth first. */
    public static Optional<Element> descendant(Element parent, String localName) {
        for (Element child : parent.elements()) {
            if (child.getName().equals(localName)) {
                return Optional.of(child);
            }
            Optional<Element> deeper = descendant(child, localName);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }
}
