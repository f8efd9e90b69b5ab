package org.gongwen.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What a file is, decided by its first bytes (its "magic number") and never by the media type
 * a client declared. Zip-based office files are told apart from plain ZIPs by their name.
 */
public enum FileContent {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    TIFF("image/tiff", "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    OFD("application/ofd", "ofd"),
    ZIP("application/zip", "zip"),
    /** Word 97–2003, Excel 97–2003 and other OLE2 compound files. */
    OLE2("application/x-ole-storage", "doc", "xls", "ppt", "wps", "et"),
    RAR("application/vnd.rar", "rar"),
    SEVEN_ZIP("application/x-7z-compressed", "7z"),
    XML("application/xml", "xml", "bpmn"),
    /** Anything else: stored and served as bytes, never as a type a browser would render. */
    OTHER("application/octet-stream");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    private static final Map<FileContent, byte[][]> MAGIC = Map.of(
            PDF, new byte[][] {"%PDF-".getBytes(StandardCharsets.US_ASCII)},
            PNG, new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}},
            JPEG, new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            GIF,
                    new byte[][] {
                        "GIF87a".getBytes(StandardCharsets.US_ASCII), "GIF89a".getBytes(StandardCharsets.US_ASCII)
                    },
            TIFF, new byte[][] {{'I', 'I', 42, 0}, {'M', 'M', 0, 42}},
            OLE2,
                    new byte[][] {
                        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}
                    },
            RAR, new byte[][] {{'R', 'a', 'r', '!', 0x1A, 0x07}},
            SEVEN_ZIP, new byte[][] {{'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}});

    private final String mediaType;
    private final String[] extensions;

    FileContent(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the bytes are; a ZIP named .docx, .xlsx, .pptx or .ofd is taken as that file. */
    public static FileContent of(byte[] data, String name) {
        if (data == null) {
            return OTHER;
        }
        if (starts(data, ZIP_MAGIC) || starts(data, EMPTY_ZIP_MAGIC)) {
            String ext = FileNames.extension(name);
            for (FileContent zipBased : new FileContent[] {DOCX, XLSX, PPTX, OFD}) {
                if (zipBased.hasExtension(ext)) {
                    return zipBased;
                }
            }
            return ZIP;
        }
        for (Map.Entry<FileContent, byte[][]> entry : MAGIC.entrySet()) {
            for (byte[] magic : entry.getValue()) {
                if (starts(data, magic)) {
                    return entry.getKey();
                }
            }
        }
        return looksLikeXml(data) ? XML : OTHER;
    }

    /** The content a known extension promises, if the extension is one this class knows. */
    public static Optional<FileContent> promisedBy(String name) {
        String ext = FileNames.extension(name);
        return Arrays.stream(values()).filter(c -> c.hasExtension(ext)).findFirst();
    }

    /** Whether the content is what the file's name says it is (a name without a known extension says nothing). */
    public static boolean matchesName(FileContent content, String name) {
        return promisedBy(name)
                .map(promised -> promised == content
                        || promised == ZIP && (content == DOCX || content == XLSX || content == PPTX || content == OFD))
                .orElse(true);
    }

    private boolean hasExtension(String ext) {
        return Arrays.asList(extensions).contains(ext);
    }

    private static boolean looksLikeXml(byte[] data) {
        int i = 0;
        if (starts(data, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            i = 3;
        }
        while (i < data.length && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) {
            i++;
        }
        return i < data.length && data[i] == '<';
    }

    private static boolean starts(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
