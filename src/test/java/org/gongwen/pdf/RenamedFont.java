package org.gongwen.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled font with a new name table, standing in for a licensed font file in tests: the folder
 * recognises faces by the names inside them, and licensed faces cannot be carried in the repository.
 */
final class RenamedFont {

    private RenamedFont() {}

    /** {@code resource} (an sfnt on the classpath) named {@code english} and {@code chinese} (zh-CN). */
    static byte[] of(String resource, String english, String chinese) {
        byte[] font;
        try (InputStream in = RenamedFont.class.getResourceAsStream(resource)) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer source = ByteBuffer.wrap(font);
        int tables = source.getShort(4) & 0xFFFF;
        List<byte[]> records = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            byte[] tag = new byte[4];
            source.get(at, tag);
            int offset = source.getInt(at + 8);
            int length = source.getInt(at + 12);
            byte[] table = "name".equals(new String(tag, StandardCharsets.US_ASCII))
                    ? nameTable(english, chinese)
                    : java.util.Arrays.copyOfRange(font, offset, offset + length);
            records.add(tag);
            data.add(table);
        }
        int offset = 12 + 16 * tables;
        ByteBuffer out = ByteBuffer.allocate(
                offset + data.stream().mapToInt(d -> (d.length + 3) & ~3).sum());
        out.put(font, 0, 12);
        for (int i = 0; i < tables; i++) {
            out.position(12 + 16 * i);
            out.put(records.get(i)).putInt(0).putInt(offset).putInt(data.get(i).length);
            out.position(offset);
            out.put(data.get(i));
            offset += (data.get(i).length + 3) & ~3;
        }
        return out.array();
    }

    /** Windows Unicode names: family, subfamily, full and PostScript name in English, family in Chinese. */
    private static byte[] nameTable(String english, String chinese) {
        String[][] names = {
            {"1033", "1", english},
            {"1033", "2", "Regular"},
            {"1033", "4", english},
            {"1033", "6", english.replaceAll("[^A-Za-z0-9_-]", "")},
            {"2052", "1", chinese}
        };
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(6 + 12 * names.length);
        header.putShort((short) 0).putShort((short) names.length).putShort((short) (6 + 12 * names.length));
        for (String[] name : names) {
            byte[] text = name[2].getBytes(StandardCharsets.UTF_16BE);
            header.putShort((short) 3)
                    .putShort((short) 1)
                    .putShort(Short.parseShort(name[0]))
                    .putShort(Short.parseShort(name[1]))
                    .putShort((short) text.length)
                    .putShort((short) strings.size());
            strings.writeBytes(text);
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.writeBytes(header.array());
        table.writeBytes(strings.toByteArray());
        return table.toByteArray();
    }
}
