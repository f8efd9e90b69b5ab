package org.gongwen.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/** OFD files made with ofdrw alone, and ways to tamper with them, for tests without the layout writer. */
final class OfdSamples {

    private OfdSamples() {}

    /** A one-page OFD with a title and a line of body text. */
    static byte[] simple() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            doc.add(new Paragraph("清河县人民政府关于做好冬季防火工作的通知", 7d));
            doc.add(new Paragraph("各乡镇人民政府，县政府各部门：请认真做好防火工作。", 5.6d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text of one entry of the package, or null. */
    static String entry(byte[] ofd, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().replaceFirst("^/", "").equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package re-zipped with one entry's bytes replaced. */
    static byte[] replace(byte[] ofd, String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().replaceFirst("^/", "").equals(name) ? content : data);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One character of an entry's text replaced by another. */
    static byte[] changeText(byte[] ofd, String name, String from, String to) {
        String text = entry(ofd, name);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(name + " has no " + from);
        }
        return replace(
                ofd,
                name,
                text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of one entry, or null. */
    static byte[] bytes(byte[] ofd, String name) {
        String text = entry(ofd, name);
        return text == null ? null : rawEntry(ofd, name);
    }

    private static byte[] rawEntry(byte[] ofd, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().replaceFirst("^/", "").equals(name)) {
                    return zip.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package without one entry. */
    static byte[] remove(byte[] ofd, String name) {
        return rename(ofd, name, null);
    }

    /** The package with one entry renamed, or left out when {@code to} is null. */
    static byte[] rename(byte[] ofd, String name, String to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                boolean match = e.getName().replaceFirst("^/", "").equals(name);
                if (match && to == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(match ? to : e.getName()));
                out.write(data);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
