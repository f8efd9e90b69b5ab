package org.gongwen.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LayoutRenderer} lays out: the elements of GB/T 9704 in their order. Secrecy is not an
 * element here: classified documents are refused before they reach the layout. Optional elements are
 * {@code null} (or empty lists).
 *
 * @param redHeader      发文机关标志, e.g. "清河县人民政府文件"
 * @param copyNumber     份号 (the per-print serial), or null
 * @param urgency        紧急程度
 * @param docNumber      发文字号, e.g. "清政〔2026〕12号"
 * @param signer         签发人 of an upward document, or null
 * @param title          标题; a line break ({@code \n}) wraps it by sense
 * @param mainRecipients 主送机关 without the final "："
 * @param body           正文 blocks in order
 * @param attachments    附件说明
 * @param signingOrgan   发文机关署名
 * @param date           成文日期
 * @param seal           印章 image, or only its place before signing, or null for an unsealed document
 * @param note           附注 without the brackets, or null
 * @param copyRecipients 抄送机关
 * @param printingOrgan  印发机关
 * @param printingDate   印发日期
 * @param bodyPageImages 正文 pages given as a PDF, each rasterised to a PNG and placed in the type area after
 *                       the typed body (which may then be empty); empty when the body is typed only
 */
public record OfficialDocument(
        String redHeader,
        Integer copyNumber,
        Urgency urgency,
        String docNumber,
        String signer,
        String title,
        String mainRecipients,
        List<Block> body,
        List<Attachment> attachments,
        String signingOrgan,
        LocalDate date,
        Seal seal,
        String note,
        List<String> copyRecipients,
        String printingOrgan,
        LocalDate printingDate,
        List<byte[]> bodyPageImages) {

    public OfficialDocument {
        Objects.requireNonNull(redHeader, "redHeader");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signingOrgan, "signingOrgan");
        Objects.requireNonNull(date, "date");
        urgency = urgency == null ? Urgency.NONE : urgency;
        body = List.copyOf(body);
        bodyPageImages = bodyPageImages == null ? List.of() : List.copyOf(bodyPageImages);
        if (body.isEmpty() && bodyPageImages.isEmpty()) {
            throw new IllegalArgumentException("a document needs a body");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
    }

    /** A document whose body is typed only. */
    public OfficialDocument(
            String redHeader,
            Integer copyNumber,
            Urgency urgency,
            String docNumber,
            String signer,
            String title,
            String mainRecipients,
            List<Block> body,
            List<Attachment> attachments,
            String signingOrgan,
            LocalDate date,
            Seal seal,
            String note,
            List<String> copyRecipients,
            String printingOrgan,
            LocalDate printingDate) {
        this(
                redHeader,
                copyNumber,
                urgency,
                docNumber,
                signer,
                title,
                mainRecipients,
                body,
                attachments,
                signingOrgan,
                date,
                seal,
                note,
                copyRecipients,
                printingOrgan,
                printingDate,
                List.of());
    }

    /**
     * A document the county system lays out itself (通报, incident report), unsealed: {@code organ} signs and
     * prints it on {@code date}; no 份号, urgency, 签发人, attachments, 附注 or 抄送.
     */
    public static OfficialDocument unsealed(
            String redHeader,
            String docNumber,
            String title,
            String mainRecipients,
            List<Block> body,
            String organ,
            LocalDate date) {
        return new OfficialDocument(
                redHeader,
                null,
                Urgency.NONE,
                docNumber,
                null,
                title,
                mainRecipients,
                body,
                List.of(),
                organ,
                date,
                null,
                null,
                List.of(),
                organ,
                date);
    }

    /** This document with {@code pages} (PNG, one per page) as body pages after the typed body. */
    public OfficialDocument withBodyPages(List<byte[]> pages) {
        return new OfficialDocument(
                redHeader,
                copyNumber,
                urgency,
                docNumber,
                signer,
                title,
                mainRecipients,
                body,
                attachments,
                signingOrgan,
                date,
                seal,
                note,
                copyRecipients,
                printingOrgan,
                printingDate,
                pages);
    }

    /** 紧急程度. */
    public enum Urgency {
        NONE(""),
        URGENT("加急"),
        EXTRA_URGENT("特急");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A block of the 正文. */
    public sealed interface Block permits Paragraph, Heading {
        String text();
    }

    /** A body paragraph, indented two characters. */
    public record Paragraph(String text) implements Block {}

    /**
     * A heading with its numbering typed in ("一、", "（一）", "1.", "（1）"); level 1 is set in 黑体,
     * level 2 in 楷体, levels 3 and 4 in the body face.
     */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
            }
        }
    }

    /**
     * A line of the 附件说明; {@code paperOnly} marks an attachment delivered on paper (纸质送达). An
     * electronic attachment's {@code content} is laid out on pages of its own after the signature block
     * ({@link Pages}, {@link Text}) or travels beside the layout as a {@link SeparateFile} whose digest the
     * layout lists; null for a line of the 附件说明 only.
     */
    public record Attachment(String name, boolean paperOnly, Content content) {

        public Attachment(String name, boolean paperOnly) {
            this(name, paperOnly, null);
        }
    }

    /** What an electronic attachment carries into the layout. */
    public sealed interface Content permits Pages, Text, SeparateFile {}

    /** Attachment pages given as a PDF, each rasterised to a PNG and fitted to the type area. */
    public record Pages(List<byte[]> pngs) implements Content {
        public Pages {
            pngs = List.copyOf(pngs);
            if (pngs.isEmpty()) {
                throw new IllegalArgumentException("attachment pages missing");
            }
        }
    }

    /** An attachment typed as text (read from a .docx): its title, or null, and its blocks. */
    public record Text(String title, List<Block> blocks) implements Content {
        public Text {
            blocks = List.copyOf(blocks);
        }
    }

    /** A file sent beside the layout (a spreadsheet, an image, an archive): its size and SHA-256 in hex. */
    public record SeparateFile(long sizeBytes, String sha256) implements Content {
        public SeparateFile {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * The seal image (PNG with transparency) and its true diameter. Without an image ({@code png} null)
     * the layout reserves the seal's place and prints nothing there, so that a preview before signing
     * and a copy without legal force break their pages exactly as the sealed document does.
     */
    public record Seal(byte[] png, double diameterMm) {

        /** The place of a seal of {@code diameterMm}, without its image. */
        public static Seal reservation(double diameterMm) {
            return new Seal(null, diameterMm);
        }

        /** This seal's place without its image. */
        public Seal withoutImage() {
            return png == null ? this : reservation(diameterMm);
        }

        public boolean printed() {
            return png != null;
        }

        public Seal {
            if (!(diameterMm >= 10 && diameterMm <= 100)) {
                throw new IllegalArgumentException("seal diameter out of range: " + diameterMm + " mm");
            }
        }
    }
}
