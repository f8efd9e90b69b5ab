package org.gongwen.pdf.internal.ofd;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Builds an OpenType file around the outlines a PDF embeds: a bare CFF table (PDF FontFile3) or the
 * tables of a TrueType or OpenType subset (FontFile2, or FontFile3 of subtype OpenType). A PDF subset
 * has no usable cmap, names or OS/2 metrics, since the PDF addresses glyphs by id; OFD addresses them by
 * character, so this adds a cmap from the characters printed to their glyph ids, a name table, OS/2, post
 * and, for a bare CFF, head, hhea, hmtx and maxp, keeping every other table as it was.
 */
final class OpenTypeFile {

    private static final int UNITS = 1000;
    private static final int ASCENT = 880;
    private static final int DESCENT = -120;

    private OpenTypeFile() {}

    static byte[] build(
            String name, boolean cff, byte[] outlines, Map<Integer, String> unicodes, Map<Integer, Integer> advances)
            throws IOException {
        Map<String, byte[]> tables = new TreeMap<>();
        boolean sfnt = outlines.length > 12 && !(cff && outlines[0] == 1);
        int numGlyphs;
        int[] bbox = {0, DESCENT, UNITS, ASCENT};
        if (sfnt) {
            readTables(outlines, tables);
            numGlyphs = tables.containsKey("maxp")
                    ? ByteBuffer.wrap(tables.get("maxp")).getShort(4) & 0xFFFF
                    : unicodes.keySet().stream().mapToInt(i -> i).max().orElse(0) + 1;
        } else {
            tables.put("CFF ", outlines);
            CFFFont font =
                    new CFFParser().parse(new RandomAccessReadBuffer(outlines)).get(0);
            numGlyphs = font.getNumCharStrings();
            var box = font.getFontBBox();
            bbox = new int[] {
                (int) box.getLowerLeftX(),
                (int) box.getLowerLeftY(),
                (int) box.getUpperRightX(),
                (int) box.getUpperRightY()
            };
        }
        tables.put("cmap", cmap(unicodes));
        tables.put("name", name(name));
        tables.put("post", post());
        tables.putIfAbsent("OS/2", os2(unicodes));
        tables.putIfAbsent("head", head(bbox));
        int metrics = advances.keySet().stream().mapToInt(i -> i).max().orElse(0) + 1;
        if (!tables.containsKey("hhea") || !tables.containsKey("hmtx")) {
            tables.put("hhea", hhea(metrics));
            tables.put("hmtx", hmtx(metrics, numGlyphs, advances));
        }
        tables.putIfAbsent("maxp", new byte[] {0, 0, 0x50, 0, (byte) (numGlyphs >> 8), (byte) numGlyphs});
        return write(tables);
    }

    private static void readTables(byte[] font, Map<String, byte[]> tables) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
    }

    private static byte[] write(Map<String, byte[]> tables) throws IOException {
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << entrySelector) * 16;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(tables.containsKey("CFF ") ? 0x4F54544F : 0x00010000);
        out.writeShort(count);
        out.writeShort(searchRange);
        out.writeShort(entrySelector);
        out.writeShort(count * 16 - searchRange);
        int offset = 12 + 16 * count;
        int headOffset = 0;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            if (table.getKey().equals("head")) {
                ByteBuffer.wrap(data).putInt(8, 0);
                headOffset = offset;
            }
            out.write(table.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.writeInt(checksum(data));
            out.writeInt(offset);
            out.writeInt(data.length);
            offset += (data.length + 3) & ~3;
        }
        for (byte[] data : tables.values()) {
            out.write(data);
            out.write(new byte[((data.length + 3) & ~3) - data.length]);
        }
        byte[] file = bytes.toByteArray();
        ByteBuffer.wrap(file).putInt(headOffset + 8, 0xB1B0AFBA - checksum(file));
        return file;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    /** A Windows Unicode cmap: format 4 for the basic plane, format 12 for every character. */
    private static byte[] cmap(Map<Integer, String> unicodes) throws IOException {
        TreeMap<Integer, Integer> glyphs = new TreeMap<>();
        unicodes.forEach((gid, text) -> {
            if (text.codePointCount(0, text.length()) == 1 && text.codePointAt(0) != 0xFFFD) {
                glyphs.putIfAbsent(text.codePointAt(0), gid);
            }
        });
        ByteArrayOutputStream format4 = new ByteArrayOutputStream();
        DataOutputStream f4 = new DataOutputStream(format4);
        var bmp = glyphs.headMap(0xFFFF);
        int segments = bmp.size() + 1;
        int entrySelector = 31 - Integer.numberOfLeadingZeros(segments);
        f4.writeShort(4);
        f4.writeShort(16 + 8 * segments);
        f4.writeShort(0);
        f4.writeShort(2 * segments);
        f4.writeShort(2 << entrySelector);
        f4.writeShort(entrySelector);
        f4.writeShort(2 * segments - (2 << entrySelector));
        for (int c : bmp.keySet()) {
            f4.writeShort(c);
        }
        f4.writeShort(0xFFFF);
        f4.writeShort(0);
        for (int c : bmp.keySet()) {
            f4.writeShort(c);
        }
        f4.writeShort(0xFFFF);
        for (var entry : bmp.entrySet()) {
            f4.writeShort((entry.getValue() - entry.getKey()) & 0xFFFF);
        }
        f4.writeShort(1);
        for (int i = 0; i < segments; i++) {
            f4.writeShort(0);
        }
        ByteArrayOutputStream format12 = new ByteArrayOutputStream();
        DataOutputStream f12 = new DataOutputStream(format12);
        f12.writeShort(12);
        f12.writeShort(0);
        f12.writeInt(16 + 12 * glyphs.size());
        f12.writeInt(0);
        f12.writeInt(glyphs.size());
        for (var entry : glyphs.entrySet()) {
            f12.writeInt(entry.getKey());
            f12.writeInt(entry.getKey());
            f12.writeInt(entry.getValue());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0);
        out.writeShort(2);
        out.writeShort(3);
        out.writeShort(1);
        out.writeInt(4 + 16);
        out.writeShort(3);
        out.writeShort(10);
        out.writeInt(4 + 16 + format4.size());
        format4.writeTo(out);
        format12.writeTo(out);
        return bytes.toByteArray();
    }

    private static byte[] name(String family) throws IOException {
        String postScript = family.replaceAll("[^A-Za-z0-9-]", "");
        String[] names = {family, "Regular", family, postScript.isEmpty() ? "Font" : postScript};
        int[] ids = {1, 2, 4, 6};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0);
        out.writeShort(names.length);
        out.writeShort(6 + 12 * names.length);
        for (int i = 0; i < names.length; i++) {
            byte[] text = names[i].getBytes(StandardCharsets.UTF_16BE);
            out.writeShort(3);
            out.writeShort(1);
            out.writeShort(0x409);
            out.writeShort(ids[i]);
            out.writeShort(text.length);
            out.writeShort(strings.size());
            strings.write(text);
        }
        strings.writeTo(out);
        return bytes.toByteArray();
    }

    private static byte[] post() {
        ByteBuffer post = ByteBuffer.allocate(32);
        post.putInt(0x00030000).putInt(0).putShort((short) -100).putShort((short) 50);
        return post.array();
    }

    private static byte[] os2(Map<Integer, String> unicodes) {
        int first =
                unicodes.values().stream().mapToInt(s -> s.codePointAt(0)).min().orElse(32);
        int last =
                unicodes.values().stream().mapToInt(s -> s.codePointAt(0)).max().orElse(32);
        ByteBuffer os2 = ByteBuffer.allocate(96);
        os2.putShort((short) 4)
                .putShort((short) UNITS)
                .putShort((short) 400)
                .putShort((short) 5)
                .putShort((short) 0);
        os2.putShort((short) 500).putShort((short) 500).putShort((short) 0).putShort((short) 0);
        os2.putShort((short) 500).putShort((short) 500).putShort((short) 0).putShort((short) 0);
        os2.putShort((short) 50).putShort((short) 250).putShort((short) 0);
        os2.position(42);
        os2.putInt(0x00000003).putInt(0x28000000).putInt(0).putInt(0);
        os2.put("GWEN".getBytes(StandardCharsets.ISO_8859_1));
        os2.putShort((short) 0x40).putShort((short) Math.min(first, 0xFFFF)).putShort((short) Math.min(last, 0xFFFF));
        os2.putShort((short) ASCENT).putShort((short) DESCENT).putShort((short) 0);
        os2.putShort((short) ASCENT).putShort((short) -DESCENT);
        os2.putInt(0x00040001).putInt(0);
        os2.putShort((short) 500)
                .putShort((short) 700)
                .putShort((short) 0)
                .putShort((short) 32)
                .putShort((short) 1);
        return os2.array();
    }

    private static byte[] head(int[] bbox) {
        ByteBuffer head = ByteBuffer.allocate(54);
        head.putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5);
        head.putShort((short) 0x000B).putShort((short) UNITS).putLong(0).putLong(0);
        for (int value : bbox) {
            head.putShort((short) value);
        }
        head.putShort((short) 0)
                .putShort((short) 8)
                .putShort((short) 2)
                .putShort((short) 0)
                .putShort((short) 0);
        return head.array();
    }

    private static byte[] hhea(int metrics) {
        ByteBuffer hhea = ByteBuffer.allocate(36);
        hhea.putInt(0x00010000)
                .putShort((short) ASCENT)
                .putShort((short) DESCENT)
                .putShort((short) 0);
        hhea.putShort((short) UNITS).putShort((short) 0).putShort((short) 0).putShort((short) UNITS);
        hhea.putShort((short) 1).putShort((short) 0).putShort((short) 0);
        hhea.position(34);
        hhea.putShort((short) metrics);
        return hhea.array();
    }

    private static byte[] hmtx(int metrics, int numGlyphs, Map<Integer, Integer> advances) {
        ByteBuffer hmtx = ByteBuffer.allocate(4 * metrics + 2 * Math.max(0, numGlyphs - metrics));
        for (int gid = 0; gid < metrics; gid++) {
            hmtx.putShort((short) (int) advances.getOrDefault(gid, UNITS)).putShort((short) 0);
        }
        return hmtx.array();
    }
}
