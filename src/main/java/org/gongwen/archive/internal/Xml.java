package org.gongwen.archive.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin, indenting wrapper around the JDK's {@link XMLStreamWriter} writing UTF-8. */
final class Xml {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;
    private int depth;

    Xml(String root) {
        try {
            writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            open(root);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml open(String name) {
        try {
            writer.writeCharacters("\n" + "  ".repeat(depth++));
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml attribute(String name, Object value) {
        try {
            if (value != null) {
                writer.writeAttribute(name, value.toString());
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml close() {
        try {
            depth--;
            writer.writeCharacters("\n" + "  ".repeat(depth));
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element with text content; omitted when {@code value} is null. */
    Xml element(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            writer.writeCharacters("\n" + "  ".repeat(depth));
            writer.writeStartElement(name);
            writer.writeCharacters(value instanceof Instant instant ? instant.toString() : value.toString());
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A signer certificate's subject, issuer (RFC 2253) and hex serial number as elements; none without one. */
    Xml signer(X509Certificate certificate) {
        if (certificate == null) {
            return this;
        }
        return element("signer", certificate.getSubjectX500Principal().getName())
                .element("issuer", certificate.getIssuerX500Principal().getName())
                .element("serialNumber", certificate.getSerialNumber().toString(16));
    }

    byte[] finish() {
        try {
            close();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
