package org.gongwen.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Heading;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.shared.BusinessException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the body of a .docx draft (the .docx itself stays the editable draft): the title, then the
 * paragraphs and the four heading levels of GB/T 9704 (一、 （一） 1. （1）). Headers, footers,
 * comments, footnotes and images are left out; table rows become paragraphs.
 *
 * <p>The type is taken from the content only. Before POI parses anything, the archive is inflated
 * once while counting, so a zip bomb is refused without holding it in memory.
 */
@Component
public final class DocxImporter {

    static final int MAX_MB = 20;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024;
    /** Word's own parts inflate to a few MB; images count too. */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    static final int MAX_ENTRIES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(DocxImporter.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    static {
        // JVM-wide POI settings, a second line behind checkInflated: no part may inflate more
        // than 100 times its compressed size (POI's default ratio, made explicit) or beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** Throws {@link BusinessException} with a {@code docx.error.*} key; never returns null. */
    public ImportedBody read(byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw BusinessException.invalid("docx.error.empty");
        }
        if (docx.length > MAX_BYTES) {
            throw BusinessException.tooLarge("docx.error.tooLarge", MAX_MB);
        }
        if (startsWith(docx, OLE2)) {
            throw oldFormatOrEncrypted(docx);
        }
        if (!startsWith(docx, ZIP)) {
            throw BusinessException.invalid("docx.error.type");
        }
        checkInflated(docx);
        OPCPackage pkg = open(docx);
        try {
            checkWordDocument(pkg);
            ImportedBody body = new BodyReader(new XWPFDocument(pkg)).read();
            if (body.blocks().isEmpty()) {
                throw BusinessException.invalid("docx.error.noText");
            }
            return body;
        } catch (IOException | RuntimeException e) {
            throw asRefusal(e);
        } finally {
            pkg.revert();
        }
    }

    private static OPCPackage open(byte[] docx) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(docx));
        } catch (Exception e) {
            throw asRefusal(e);
        }
    }

    /** A ZIP that is an OOXML package of another kind (.xlsx, .pptx) is not a Word document. */
    private static void checkWordDocument(OPCPackage pkg) {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = core.size() == 1 ? pkg.getPart(core.getRelationship(0)) : null;
        String type = main == null ? "" : main.getContentType();
        if (!type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                && !type.startsWith("application/vnd.ms-word.")) {
            throw BusinessException.invalid("docx.error.type");
        }
    }

    /**
     * Inflates every entry once, counting, and stops at the limits. A ZIP without the content-type
     * list every OOXML package starts with is some other archive.
     */
    private static void checkInflated(byte[] docx) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        boolean contentTypes = false;
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(docx), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                if (++entries > MAX_ENTRIES) {
                    throw corrupt("too many entries");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw corrupt("inflates beyond " + MAX_INFLATED_BYTES + " bytes");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw asRefusal(e);
        }
        if (!contentTypes) {
            throw BusinessException.invalid("docx.error.type");
        }
    }

    /** An OLE2 file is a Word 97–2003 .doc, or a .docx that Word encrypted with a password. */
    private static BusinessException oldFormatOrEncrypted(byte[] data) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return BusinessException.invalid("docx.error.encrypted");
            }
        } catch (IOException | RuntimeException e) {
            log.debug("OLE2 file could not be opened", e);
        }
        return BusinessException.invalid("docx.error.legacyDoc");
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    private static BusinessException asRefusal(Exception e) {
        if (e instanceof BusinessException refusal) {
            return refusal;
        }
        if (e instanceof NotOfficeXmlFileException) {
            return BusinessException.invalid("docx.error.type");
        }
        log.debug(".docx could not be read", e);
        return BusinessException.invalid("docx.error.corrupt");
    }

    private static BusinessException corrupt(String why) {
        log.debug(".docx refused: {}", why);
        return BusinessException.invalid("docx.error.corrupt");
    }

    /** Walks the body once: title lines first, then blocks. */
    private static final class BodyReader {

        private static final String CN = "一二三四五六七八九十百零〇";
        private static final Pattern LEVEL1 = Pattern.compile("^([" + CN + "]+)、\\s*");
        private static final Pattern LEVEL2 = Pattern.compile("^[（(]([" + CN + "]+)[）)]\\s*");
        /** "1." but not a decimal number such as "3.5万元". */
        private static final Pattern LEVEL3 = Pattern.compile("^([0-9０-９]+)[.．](?![0-9０-９])\\s*");

        private static final Pattern LEVEL4 = Pattern.compile("^[（(]([0-9０-９]+)[）)]\\s*");
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
        private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
        private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|标题)([1-9])");
        /** Levels 3 and 4 are usually run in with their paragraph; only a short line stays a heading. */
        private static final int RUN_IN_MAX_CHARS = 30;

        private final XWPFDocument document;
        private final List<String> titleLines = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private boolean bodyStarted;

        BodyReader(XWPFDocument document) {
            this.document = document;
        }

        ImportedBody read() {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT control) {
                    for (String line : control.getContent().getText().split("\n")) {
                        add(new Paragraph(clean(line)));
                    }
                }
            }
            return new ImportedBody(titleLines.isEmpty() ? null : String.join("\n", titleLines), blocks);
        }

        private void paragraph(XWPFParagraph p) {
            String label = autoLabel(p);
            String text = clean(runText(p));
            if (text.isEmpty()) {
                return;
            }
            if (!label.isEmpty() && numbered(text) == null) {
                text = clean(label + text);
            }
            if (!bodyStarted && (isTitleStyle(p) || isCentred(p) && numbered(text) == null)) {
                for (String line : runText(p).split("\n")) {
                    if (!clean(line).isEmpty()) {
                        titleLines.add(clean(line));
                    }
                }
                return;
            }
            add(block(p, text));
        }

        private Block block(XWPFParagraph p, String text) {
            Integer styled = styleLevel(p);
            Heading numbered = numbered(text);
            if (styled != null) {
                return new Heading(styled, numbered == null ? text : numbered.text());
            }
            if (numbered == null
                    || numbered.level() >= 3
                            && (numbered.text()
                                                    .codePointCount(
                                                            0, numbered.text().length())
                                            > RUN_IN_MAX_CHARS
                                    || numbered.text().contains("。"))) {
                return new Paragraph(text);
            }
            return numbered;
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    String text = clean(cell.getText());
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                add(new Paragraph(String.join("　", cells)));
            }
        }

        private void add(Block block) {
            if (!block.text().isEmpty()) {
                bodyStarted = true;
                blocks.add(block);
            }
        }

        /** The typed numbering, its label normalised: "(一)" becomes "（一）", "1．" becomes "1.". */
        static Heading numbered(String text) {
            Matcher m;
            if ((m = LEVEL1.matcher(text)).find()) {
                return new Heading(1, m.group(1) + "、" + text.substring(m.end()));
            }
            if ((m = LEVEL2.matcher(text)).find()) {
                return new Heading(2, "（" + m.group(1) + "）" + text.substring(m.end()));
            }
            if ((m = LEVEL3.matcher(text)).find()) {
                return new Heading(3, halfWidth(m.group(1)) + "." + text.substring(m.end()));
            }
            if ((m = LEVEL4.matcher(text)).find()) {
                return new Heading(4, "（" + halfWidth(m.group(1)) + "）" + text.substring(m.end()));
            }
            return null;
        }

        /** Heading 1–4 by style id or name ("Heading1", "heading 1", "标题 1"), or by outline level 0–3. */
        private Integer styleLevel(XWPFParagraph p) {
            CTPPr own = p.getCTP().getPPr();
            if (own != null && own.isSetOutlineLvl()) {
                return outlineLevel(own);
            }
            String id = p.getStyleID();
            for (int depth = 0; id != null && depth < 10; depth++) {
                XWPFStyle style = style(id);
                Integer number = headingNumber(id);
                if (number == null && style != null) {
                    number = headingNumber(style.getName());
                }
                if (number != null) {
                    return number <= 4 ? number : null;
                }
                if (style == null) {
                    return null;
                }
                CTPPrGeneral ppr = style.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetOutlineLvl()) {
                    return outlineLevel(ppr);
                }
                id = style.getBasisStyleID();
            }
            return null;
        }

        private boolean isTitleStyle(XWPFParagraph p) {
            String id = p.getStyleID();
            XWPFStyle style = id == null ? null : style(id);
            return isTitleName(id) || style != null && isTitleName(style.getName());
        }

        private boolean isCentred(XWPFParagraph p) {
            CTPPr own = p.getCTP().getPPr();
            if (own != null && own.isSetJc()) {
                return own.getJc().getVal() == STJc.CENTER;
            }
            String id = p.getStyleID();
            for (int depth = 0; id != null && depth < 10; depth++) {
                XWPFStyle style = style(id);
                if (style == null) {
                    return false;
                }
                CTPPrGeneral ppr = style.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetJc()) {
                    return ppr.getJc().getVal() == STJc.CENTER;
                }
                id = style.getBasisStyleID();
            }
            return false;
        }

        private XWPFStyle style(String id) {
            XWPFStyles styles = document.getStyles();
            return styles == null ? null : styles.getStyle(id);
        }

        /**
         * The label Word draws for an automatically numbered paragraph ("一、", "（二）", "3."), counted
         * in document order; empty where the format or a multi-level label ("%1.%2") is not supported.
         */
        private String autoLabel(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null) {
                return "";
            }
            try {
                String format = p.getNumFmt();
                String pattern = p.getNumLevelText();
                int ilvl = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
                if (format == null || pattern == null || ilvl < 0 || ilvl > 8) {
                    return "";
                }
                int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
                BigInteger start = p.getNumStartOverride();
                count[ilvl] = count[ilvl] == 0 && start != null ? start.intValue() : count[ilvl] + 1;
                Arrays.fill(count, ilvl + 1, count.length, 0);
                String placeholder = "%" + (ilvl + 1);
                String number = switch (format) {
                    case "chineseCounting", "chineseCountingThousand", "japaneseCounting" -> chinese(count[ilvl]);
                    case "decimal" -> Integer.toString(count[ilvl]);
                    default -> null;
                };
                boolean oneLevel = pattern.contains(placeholder)
                        && !pattern.replace(placeholder, "").contains("%");
                if (number == null || !oneLevel) {
                    return "";
                }
                return pattern.replace(placeholder, number);
            } catch (RuntimeException e) {
                log.debug("numbering of a paragraph could not be read", e);
                return "";
            }
        }

        /** The paragraph's own text: no deleted revisions, field codes, footnotes or comments. */
        private static String runText(XWPFParagraph p) {
            StringBuilder text = new StringBuilder();
            for (IRunElement element : p.getIRuns()) {
                if (element instanceof XWPFRun run && run.getCTR().sizeOfDelTextArray() == 0) {
                    text.append(run.text());
                } else if (element instanceof XWPFSDT control) {
                    text.append(control.getContent().getText());
                }
            }
            return text.toString();
        }

        private static Integer outlineLevel(CTPPrBase ppr) {
            BigInteger level = ppr.getOutlineLvl().getVal();
            return level != null && level.signum() >= 0 && level.intValue() <= 3 ? level.intValue() + 1 : null;
        }

        private static Integer headingNumber(String styleName) {
            Matcher m = HEADING_STYLE.matcher(key(styleName));
            return m.matches() ? Integer.valueOf(m.group(1)) : null;
        }

        private static boolean isTitleName(String styleName) {
            String key = key(styleName);
            return key.equals("title") || key.equals("标题");
        }

        private static String key(String styleName) {
            return styleName == null
                    ? ""
                    : SPACES.matcher(styleName).replaceAll("").toLowerCase(Locale.ROOT);
        }

        /** Collapses every run of half- or full-width whitespace to one space and trims both kinds. */
        static String clean(String text) {
            return SPACES.matcher(INVISIBLE.matcher(text).replaceAll(""))
                    .replaceAll(" ")
                    .strip();
        }

        private static String halfWidth(String digits) {
            StringBuilder s = new StringBuilder(digits.length());
            digits.chars().forEach(c -> s.append((char) (c >= '０' && c <= '９' ? c - '０' + '0' : c)));
            return s.toString();
        }

        /** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 999). */
        static String chinese(int n) {
            if (n <= 0 || n > 999) {
                return Integer.toString(n);
            }
            String digits = "零一二三四五六七八九";
            int hundreds = n / 100;
            int tens = n / 10 % 10;
            int units = n % 10;
            StringBuilder s = new StringBuilder();
            if (hundreds > 0) {
                s.append(digits.charAt(hundreds)).append('百');
            }
            if (tens > 0) {
                s.append(hundreds > 0 || tens > 1 ? String.valueOf(digits.charAt(tens)) : "")
                        .append('十');
            } else if (hundreds > 0 && units > 0) {
                s.append('零');
            }
            if (units > 0) {
                s.append(digits.charAt(units));
            }
            return s.toString();
        }
    }
}
