package org.gongwen.pdf.internal.ofd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.SAXReader;
import org.dom4j.io.XMLWriter;
import org.gongwen.shared.BusinessException;
import org.ofdrw.core.DefaultElementProxy;
import org.ofdrw.pkg.tool.OFDNameSpaceModifier;

/**
 * An OFD package (GB/T 33190 clause 7) in memory: its files by path inside the container, without the leading
 * slash, in their zip order. Reading it never writes to disk; XML is parsed without external entities.
 */
public final class OfdPackage {

    /** The OFD namespace. */
    public static final String NS = "http://www.ofdspec.org/2016";

    private static final int MAX_FILES = 20_000;

    private final Map<String, byte[]> files;

    private OfdPackage(Map<String, byte[]> files) {
        this.files = files;
    }

    /** A new, empty package. */
    public static OfdPackage create() {
        return new OfdPackage(new LinkedHashMap<>());
    }

    /**
     * The package in {@code ofd}.
     *
     * @throws BusinessException (invalid, key {@code ofd.notOfd}) when it is not a zip with an OFD.xml
     */
    public static OfdPackage read(byte[] ofd) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd == null ? new byte[0] : ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(normal(e.getName()), zip.readAllBytes());
                }
                if (files.size() > MAX_FILES) {
                    throw BusinessException.invalid("ofd.notOfd");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BusinessException.invalid("ofd.notOfd");
        }
        if (!files.containsKey("OFD.xml")) {
            throw BusinessException.invalid("ofd.notOfd");
        }
        return new OfdPackage(files);
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(normal(path)));
    }

    public void put(String path, byte[] content) {
        files.put(normal(path), content);
    }

    public List<String> paths() {
        return new ArrayList<>(files.keySet());
    }

    /** The root element of an XML file of the package. */
    public Element xml(String path) {
        byte[] bytes = file(path).orElseThrow(() -> new OfdFormatException("缺少文件 " + normal(path)));
        try {
            SAXReader reader = SAXReader.createDefault();
            reader.setEncoding("UTF-8");
            return reader.read(new ByteArrayInputStream(bytes)).getRootElement();
        } catch (DocumentException e) {
            throw new OfdFormatException("文件 " + normal(path) + " 不是有效的XML");
        }
    }

    public void putXml(String path, Element root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Document document = root.getDocument() != null ? root.getDocument() : DocumentHelper.createDocument(root);
            XMLWriter writer = new XMLWriter(out, OutputFormat.createCompactFormat());
            writer.write(document);
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(path, out.toByteArray());
    }

    /** Puts an element built with ofdrw's classes, written as ofdrw writes it (the ofd: namespace on every element). */
    public void putOfdXml(String path, Element root) {
        Element element = root instanceof DefaultElementProxy proxy ? proxy.getProxy() : root;
        Document document = DocumentHelper.createDocument();
        document.add(element.getDocument() != null ? (Element) element.clone() : element);
        document.accept(new OFDNameSpaceModifier());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLWriter writer = new XMLWriter(out);
            writer.write(document);
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(path, out.toByteArray());
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The main document's Document.xml (DocBody/DocRoot of OFD.xml). */
    public String documentPath() {
        Element body = Xml.child(xml("OFD.xml"), "DocBody")
                .orElseThrow(() -> new OfdFormatException("OFD.xml 中没有文档（DocBody）"));
        return Xml.childText(body, "DocRoot")
                .map(loc -> resolve("OFD.xml", loc))
                .orElseThrow(() -> new OfdFormatException("OFD.xml 中没有文档根节点（DocRoot）"));
    }

    /** The signature list of the main document, if it has one. */
    public Optional<String> signaturesPath() {
        return Xml.child(xml("OFD.xml"), "DocBody")
                .flatMap(body -> Xml.childText(body, "Signatures"))
                .map(loc -> resolve("OFD.xml", loc));
    }

    /** {@code loc} as written in {@code base}: absolute from the container root, or relative to base's folder. */
    public static String resolve(String base, String loc) {
        String trimmed = loc.strip().replace('\\', '/');
        if (trimmed.startsWith("/")) {
            return normal(trimmed);
        }
        String dir = normal(base).contains("/")
                ? normal(base).substring(0, normal(base).lastIndexOf('/') + 1)
                : "";
        List<String> parts = new ArrayList<>();
        for (String part : (dir + trimmed).split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String normal(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    static Element parse(String xml) {
        try {
            SAXReader reader = SAXReader.createDefault();
            return reader.read(new StringReader(xml)).getRootElement();
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
