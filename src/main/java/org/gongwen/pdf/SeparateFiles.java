package org.gongwen.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The attachments that travel beside a layout file (spreadsheets, images, archives: what cannot be laid
 * out as pages) as the layout lists them: number in the 附件说明, name, size and SHA-256, one line each
 * in an entry of the document information dictionary, so that the seal's signature covers the list
 * and a recipient can check every file against it (A10.1, A11.3).
 */
public final class SeparateFiles {

    /** The entry of the document information dictionary that holds the list. */
    public static final String INFO_KEY = "GongwenSeparateFiles";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A separate file as listed. */
    public record Listed(int number, String name, long sizeBytes, String sha256) {}

    private SeparateFiles() {}

    /** The list of {@code attachments}' separate files, or null when there are none. */
    static String list(List<OfficialDocument.Attachment> attachments) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < attachments.size(); i++) {
            if (attachments.get(i).content() instanceof OfficialDocument.SeparateFile file) {
                list.append(i + 1)
                        .append(' ')
                        .append(file.sha256())
                        .append(' ')
                        .append(file.sizeBytes())
                        .append(' ')
                        .append(attachments.get(i).name().replace('\n', ' '))
                        .append('\n');
            }
        }
        return list.isEmpty() ? null : list.toString();
    }

    /**
     * The separate files listed in {@code pdf} as it was first signed: the revision the earliest signature
     * covers, so that an entry added or changed after signing is not read; the whole file when it is not
     * signed. Empty when the file lists none or cannot be read.
     */
    public static List<Listed> listed(byte[] pdf) {
        try {
            return parse(info(revision(pdf)));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static byte[] revision(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> names = new SignatureUtil(document).getSignatureNames();
            if (names.isEmpty()) {
                return pdf;
            }
            try (InputStream revision = new SignatureUtil(document).extractRevision(names.get(0))) {
                return revision.readAllBytes();
            }
        }
    }

    private static String info(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getDocumentInfo().getMoreInfo(INFO_KEY);
        }
    }

    private static List<Listed> parse(String list) {
        if (list == null) {
            return List.of();
        }
        List<Listed> files = new ArrayList<>();
        for (String line : list.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length == 4 && SHA256.matcher(parts[1]).matches()) {
                try {
                    files.add(new Listed(Integer.parseInt(parts[0]), parts[3], Long.parseLong(parts[2]), parts[1]));
                } catch (NumberFormatException e) {
                    throw new UncheckedIOException(new IOException("malformed separate-file line: " + line, e));
                }
            }
        }
        return List.copyOf(files);
    }
}
