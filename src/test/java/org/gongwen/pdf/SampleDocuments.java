package org.gongwen.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gongwen.pdf.OfficialDocument.Attachment;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Heading;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.pdf.OfficialDocument.Seal;
import org.gongwen.pdf.OfficialDocument.Urgency;

/** Documents made for the layout tests. */
final class SampleDocuments {

    static final String DATE = "2026年11月25日";

    private SampleDocuments() {}

    static OfficialDocument notice(int extraParagraphs) {
        List<Block> body = new ArrayList<>(List.of(
                new Paragraph("为进一步规范全县电子公文交换工作，提高办文效率，保障公文安全，经县人民政府同意，现就有关事项通知如下。"),
                new Heading(1, "一、总体要求"),
                new Paragraph("各乡镇人民政府、县政府各部门要高度重视电子公文交换工作，明确分管领导和专职人员，按时签收、及时办理。"),
                new Heading(2, "（一）明确责任分工"),
                new Paragraph("县政府办公室负责系统的统筹协调，县信息中心负责技术保障和电子印章制作。"),
                new Heading(3, "1. 加强值班值守"),
                new Heading(4, "（1）收文单位应当在两小时内签收。")));
        for (int i = 0; i < extraParagraphs; i++) {
            body.add(new Paragraph(
                    "第" + (i + 1) + "段：各单位应当严格执行公文处理工作条例，对收到的电子公文及时登记、" + "分送、办理和归档，不得延误，不得擅自扩大知悉范围，确保公文运转规范有序。"));
        }
        body.add(new Paragraph("请各单位认真贯彻执行。"));
        return new OfficialDocument(
                "清河县人民政府文件",
                42,
                Urgency.URGENT,
                "清政〔2026〕12号",
                null,
                "清河县人民政府\n关于规范电子公文交换工作的通知",
                "各乡镇人民政府，县政府各部门",
                body,
                List.of(new Attachment("电子公文交换系统操作手册", false), new Attachment("收文单位联系表", true)),
                "清河县人民政府",
                LocalDate.of(2026, 11, 25),
                new Seal(sealPng(), 45),
                "此件公开发布",
                List.of("县委办公室", "县人大常委会办公室", "县政协办公室"),
                "清河县人民政府办公室",
                LocalDate.of(2026, 11, 26));
    }

    /** The real-style county documents of {@code layout-corpus/} (notices, requests, replies, letters, reports), by file name. */
    static Map<String, OfficialDocument> corpus() {
        Map<String, OfficialDocument> corpus = new LinkedHashMap<>();
        CORPUS.forEach(name -> corpus.put(name, parse(resource("layout-corpus/" + name))));
        return corpus;
    }

    private static final List<String> CORPUS = List.of(
            "01-forest-fire-notice.txt",
            "02-funds-request.txt",
            "03-reply-approval.txt",
            "04-letter-coordination.txt",
            "05-work-report.txt",
            "06-document-format-notice.txt",
            "07-meeting-notice.txt",
            "08-air-quality-notice.txt",
            "09-approval-reply-budget.txt",
            "10-flood-control-notice.txt");

    /**
     * A document written as "key: value" lines (红头, 字号, 签发人, 标题 with \n for a sense break, 主送, 署名,
     * 日期, 印章 diameter in mm, 附件 once per attachment, 附注, 抄送 names separated by "，", 印发 organ and
     * date), "---", then one body block a line, headings prefixed "=1 " to "=4 ".
     */
    static OfficialDocument parse(String text) {
        String[] parts = text.split("\n---\n", 2);
        Map<String, String> fields = new LinkedHashMap<>();
        List<Attachment> attachments = new ArrayList<>();
        for (String line : parts[0].split("\n")) {
            String[] field = line.split(": ", 2);
            if (field[0].equals("附件")) {
                attachments.add(new Attachment(field[1], false));
            } else {
                fields.put(field[0], field[1]);
            }
        }
        List<Block> body = new ArrayList<>();
        for (String line : parts[1].split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            body.add(
                    line.matches("=[1-4] .*")
                            ? new Heading(line.charAt(1) - '0', line.substring(3))
                            : new Paragraph(line));
        }
        String[] printing = fields.get("印发").split(" ");
        return new OfficialDocument(
                fields.get("红头"),
                null,
                Urgency.NONE,
                fields.get("字号"),
                fields.get("签发人"),
                fields.get("标题").replace("\\n", "\n"),
                fields.get("主送"),
                body,
                attachments,
                fields.get("署名"),
                LocalDate.parse(fields.get("日期")),
                fields.containsKey("印章") ? new Seal(sealPng(), Double.parseDouble(fields.get("印章"))) : null,
                fields.get("附注"),
                fields.containsKey("抄送") ? List.of(fields.get("抄送").split("，")) : List.of(),
                printing[0],
                LocalDate.parse(printing[1]));
    }

    private static String resource(String path) {
        try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A round red seal on transparent ground. */
    static byte[] sealPng() {
        int size = 240;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE6, 0x00, 0x12));
        g.setStroke(new BasicStroke(12));
        g.drawOval(8, 8, size - 16, size - 16);
        g.fillPolygon(
                new int[] {120, 135, 180, 142, 157, 120, 83, 98, 60, 105},
                new int[] {70, 105, 105, 128, 170, 145, 170, 128, 105, 105},
                10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
