package org.gongwen.workflow.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongwen.workflow.internal.ProcessDiff.ChangeKind;
import org.gongwen.workflow.internal.ProcessDiff.ElementChange;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Compares two BPMN documents element by element: every element with an id outside the diagram
 * interchange is one entry, described by its attributes and by the attributes and text of its
 * id-less descendants (condition expressions, listeners, timer definitions).
 */
public final class BpmnDiffer {

    private static final String DIAGRAM_NS_PREFIX = "http://www.omg.org/spec/";

    private BpmnDiffer() {}

    private record Described(String type, String name, Map<String, String> properties) {}

    public static List<ElementChange> elementChanges(String fromXml, String toXml) {
        Map<String, Described> from = describe(fromXml);
        Map<String, Described> to = describe(toXml);
        List<ElementChange> changes = new ArrayList<>();
        for (var entry : from.entrySet()) {
            Described old = entry.getValue();
            Described now = to.get(entry.getKey());
            if (now == null) {
                changes.add(new ElementChange(ChangeKind.REMOVED, entry.getKey(), old.type(), old.name(), List.of()));
            } else if (!old.equals(now)) {
                changes.add(new ElementChange(
                        ChangeKind.CHANGED,
                        entry.getKey(),
                        now.type(),
                        now.name(),
                        details(old.properties(), now.properties())));
            }
        }
        to.forEach((id, now) -> {
            if (!from.containsKey(id)) {
                changes.add(new ElementChange(ChangeKind.ADDED, id, now.type(), now.name(), List.of()));
            }
        });
        return changes;
    }

    public static List<String> unifiedDiff(String fromName, String fromXml, String toName, String toXml) {
        List<String> original = fromXml.lines().toList();
        List<String> revised = toXml.lines().toList();
        return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, original, DiffUtils.diff(original, revised), 3);
    }

    private static List<String> details(Map<String, String> old, Map<String, String> now) {
        TreeSet<String> names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());
        List<String> details = new ArrayList<>();
        for (String name : names) {
            String before = old.get(name);
            String after = now.get(name);
            if (!Objects.equals(before, after)) {
                details.add(name + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
            }
        }
        return details;
    }

    private static Map<String, Described> describe(String xml) {
        Map<String, Described> elements = new LinkedHashMap<>();
        collect(parse(xml).getDocumentElement(), elements);
        return elements;
    }

    private static void collect(Element element, Map<String, Described> elements) {
        if (element.getNamespaceURI() != null
                && element.getNamespaceURI().startsWith(DIAGRAM_NS_PREFIX)
                && !element.getNamespaceURI().contains("/BPMN/20100524/MODEL")) {
            return;
        }
        if (element.hasAttribute("id")) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties(element, "", properties);
            elements.put(
                    element.getAttribute("id"),
                    new Described(
                            element.getLocalName(),
                            element.hasAttribute("name") ? element.getAttribute("name") : null,
                            properties));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, elements);
            }
        }
    }

    /** The element's attributes, then those of its id-less descendants under a path like "conditionExpression[0]". */
    private static void properties(Element element, String path, Map<String, String> properties) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getName())) {
                properties.put(path + attribute.getName(), attribute.getValue());
            }
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !childElement.hasAttribute("id")) {
                int index = seen.merge(childElement.getLocalName(), 1, Integer::sum) - 1;
                properties(childElement, path + childElement.getLocalName() + "[" + index + "].", properties);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            properties.put(path + "#text", text.toString().trim());
        }
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("A deployed model is no longer readable XML", e);
        }
    }
}
