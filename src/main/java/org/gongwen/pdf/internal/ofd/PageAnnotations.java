package org.gongwen.pdf.internal.ofd;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;

/**
 * The annotations of the main document (GB/T 33190 clause 15): the index the Document.xml names and the page
 * files it lists. A seal leaves these out of what it protects, so that an official copy can add its 份号 as an
 * annotation after sealing; the countersignature of the copy then protects them.
 */
public final class PageAnnotations {

    private static final String INDEX = "Annots/Annotations.xml";
    private static final List<String> AFTER_ANNOTATIONS = List.of("Attachments", "CustomTags", "Extensions");

    private final OfdPackage ofd;
    private final String documentPath;

    public PageAnnotations(OfdPackage ofd) {
        this.ofd = ofd;
        this.documentPath = ofd.documentPath();
    }

    /** The index's path, if the document has one. */
    public Optional<String> indexPath() {
        return Xml.childText(ofd.xml(documentPath), "Annotations").map(loc -> OfdPackage.resolve(documentPath, loc));
    }

    /** Gives the document an (empty) annotation index unless it has one; returns the index's path. */
    public String ensureIndex() {
        Optional<String> existing = indexPath();
        if (existing.isPresent() && ofd.file(existing.get()).isPresent()) {
            return existing.get();
        }
        Element document = ofd.xml(documentPath);
        String index = existing.orElseGet(() -> {
            Element annotations = DocumentHelper.createElement(QName.get("Annotations", "ofd", OfdPackage.NS));
            annotations.setText(INDEX);
            List<Element> children = document.elements();
            int at = children.size();
            for (int i = 0; i < children.size(); i++) {
                if (AFTER_ANNOTATIONS.contains(children.get(i).getName())) {
                    at = i;
                    break;
                }
            }
            children.add(at, annotations);
            ofd.putXml(documentPath, document);
            return OfdPackage.resolve(documentPath, INDEX);
        });
        Element empty = DocumentHelper.createElement(QName.get("Annotations", "ofd", OfdPackage.NS));
        ofd.putXml(index, empty);
        return index;
    }

    /** The index and every page annotation file it lists. */
    public Set<String> files() {
        Set<String> files = new LinkedHashSet<>();
        indexPath().ifPresent(index -> {
            files.add(index);
            if (ofd.file(index).isPresent()) {
                for (Element page : Xml.children(ofd.xml(index), "Page")) {
                    Xml.childText(page, "FileLoc").ifPresent(loc -> files.add(OfdPackage.resolve(index, loc)));
                }
            }
        });
        return files;
    }

    /**
     * Adds {@code annot} (an ofd:Annot element) to the page with {@code pageId}, creating its file
     * (Page_{@code pageIndex}/Annotation.xml beside the index) if need be.
     */
    public void add(String pageId, int pageIndex, Element annot) {
        String index = ensureIndexKeepingDocument();
        Element indexRoot = ofd.xml(index);
        String pageFile = null;
        for (Element page : Xml.children(indexRoot, "Page")) {
            if (pageId.equals(page.attributeValue("PageID"))) {
                pageFile = Xml.childText(page, "FileLoc")
                        .map(loc -> OfdPackage.resolve(index, loc))
                        .orElse(null);
            }
        }
        if (pageFile == null) {
            String loc = "Page_" + pageIndex + "/Annotation.xml";
            Element page = indexRoot
                    .addElement(QName.get("Page", "ofd", OfdPackage.NS))
                    .addAttribute("PageID", pageId);
            page.addElement(QName.get("FileLoc", "ofd", OfdPackage.NS)).setText(loc);
            ofd.putXml(index, indexRoot);
            pageFile = OfdPackage.resolve(index, loc);
        }
        Element pageAnnot = ofd.file(pageFile).isPresent()
                ? ofd.xml(pageFile)
                : DocumentHelper.createElement(QName.get("PageAnnot", "ofd", OfdPackage.NS));
        pageAnnot.add(annot);
        ofd.putXml(pageFile, pageAnnot);
    }

    /** Changing Document.xml would break the seal: a document sealed here always has its index. */
    private String ensureIndexKeepingDocument() {
        return indexPath()
                .filter(index -> ofd.file(index).isPresent())
                .orElseThrow(() -> new OfdFormatException("文档没有注释索引，不能在签章后添加注释"));
    }
}
