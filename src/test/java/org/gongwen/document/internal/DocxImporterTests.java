package org.gongwen.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongwen.pdf.OfficialDocument.Heading;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxImporterTests {

    private final DocxImporter importer = new DocxImporter();

    @Test
    void headingStylesKeepTheirLevels() {
        byte[] docx = docx(doc -> {
            style(doc, "Heading1", "heading 1", null);
            style(doc, "2", "标题 2", null); // Chinese Word names its heading styles by number
            style(doc, "MyLevel3", "My level 3", 2); // only an outline level
            styled(doc, "Heading1", "总体要求");
            styled(doc, "2", "工作目标");
            styled(doc, "MyLevel3", "具体任务");
            text(doc, "直接设置大纲级别").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(3));
            text(doc, "各乡镇要高度重视。");
        });

        assertThat(importer.read(docx).blocks())
                .containsExactly(
                        new Heading(1, "总体要求"),
                        new Heading(2, "工作目标"),
                        new Heading(3, "具体任务"),
                        new Heading(4, "直接设置大纲级别"),
                        new Paragraph("各乡镇要高度重视。"));
    }

    @Test
    void typedNumberingGivesTheLevelAndItsLabelIsNormalised() {
        byte[] docx = docx(doc -> {
            text(doc, "一、总体要求");
            text(doc, "(二) 工作目标");
            text(doc, "1. 加强组织领导");
            text(doc, "(1)明确责任分工");
            text(doc, "十二、其他事项");
        });

        assertThat(importer.read(docx).blocks())
                .containsExactly(
                        new Heading(1, "一、总体要求"),
                        new Heading(2, "（二）工作目标"),
                        new Heading(3, "1.加强组织领导"),
                        new Heading(4, "（1）明确责任分工"),
                        new Heading(1, "十二、其他事项"));
    }

    @Test
    void runInLevelThreeAndFourStayParagraphs() {
        String runIn = "1.加强组织领导。各乡镇、各部门要把冬季防火工作摆上重要议事日程，主要负责同志亲自抓。";
        String longOne = "（2）各乡镇人民政府、县直各有关部门、各企事业单位负责落实本区域防火责任制度";
        byte[] docx = docx(doc -> {
            text(doc, runIn);
            text(doc, longOne);
            text(doc, "（3）短句也不算标题。");
        });

        assertThat(importer.read(docx).blocks())
                .containsExactly(new Paragraph(runIn), new Paragraph(longOne), new Paragraph("（3）短句也不算标题。"));
    }

    @Test
    void aDecimalNumberIsNotAHeading() {
        byte[] docx = docx(doc -> text(doc, "3.5万元用于购置灭火器材"));

        assertThat(importer.read(docx).blocks()).containsExactly(new Paragraph("3.5万元用于购置灭火器材"));
    }

    @Test
    void automaticChineseNumberingIsWrittenOut() {
        byte[] docx = docx(doc -> {
            BigInteger numId = numbering(doc, STNumberFormat.CHINESE_COUNTING, "%1、");
            for (String text : new String[] {"总体要求", "工作任务", "保障措施"}) {
                XWPFParagraph p = text(doc, text);
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
            }
        });

        assertThat(importer.read(docx).blocks())
                .containsExactly(new Heading(1, "一、总体要求"), new Heading(1, "二、工作任务"), new Heading(1, "三、保障措施"));
    }

    @Test
    void centredFirstLinesBecomeTheTitle() {
        byte[] docx = docx(doc -> {
            text(doc, "");
            text(doc, "关于做好2026年冬季").setAlignment(ParagraphAlignment.CENTER);
            text(doc, "森林防火工作的通知").setAlignment(ParagraphAlignment.CENTER);
            text(doc, "各乡镇人民政府：");
            text(doc, "（此行居中但已在正文中）").setAlignment(ParagraphAlignment.CENTER);
        });

        ImportedBody body = importer.read(docx);

        assertThat(body.title()).isEqualTo("关于做好2026年冬季\n森林防火工作的通知");
        assertThat(body.blocks()).containsExactly(new Paragraph("各乡镇人民政府："), new Paragraph("（此行居中但已在正文中）"));
    }

    @Test
    void aTitleStyleMarksTheTitleAndNoTitleIsNull() {
        byte[] titled = docx(doc -> {
            style(doc, "Title", "Title", null);
            styled(doc, "Title", "清河县人民政府关于表彰的决定");
            text(doc, "正文。");
        });
        byte[] untitled = docx(doc -> text(doc, "正文。"));

        assertThat(importer.read(titled).title()).isEqualTo("清河县人民政府关于表彰的决定");
        assertThat(importer.read(untitled).title()).isNull();
    }

    @Test
    void spacesAreTrimmedAndCollapsedAndEmptyParagraphsSkipped() {
        byte[] docx = docx(doc -> {
            text(doc, "　　各乡镇要  加强\t领导。 ");
            text(doc, "　 ");
        });

        assertThat(importer.read(docx).blocks()).containsExactly(new Paragraph("各乡镇要 加强 领导。"));
    }

    @Test
    void tableRowsBecomeParagraphs() {
        byte[] docx = docx(doc -> {
            text(doc, "附表如下：");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("单位");
            table.getRow(0).getCell(1).setText("联系人");
            table.getRow(1).getCell(0).setText("县应急管理局");
            table.getRow(1).getCell(1).setText("张三");
        });

        assertThat(importer.read(docx).blocks())
                .containsExactly(new Paragraph("附表如下："), new Paragraph("单位　联系人"), new Paragraph("县应急管理局　张三"));
    }

    @Test
    void refusesEmptyAndOversizeFiles() {
        assertRefused(null, "docx.error.empty");
        assertRefused(new byte[0], "docx.error.empty");
        assertThatThrownBy(() -> importer.read(new byte[(int) DocxImporter.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("docx.error.tooLarge");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.TOO_LARGE);
                    assertThat(e.args()).containsExactly(20);
                });
    }

    @Test
    void refusesWhatIsNotADocx() throws IOException {
        byte[] ole2 = Arrays.copyOf(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                1024);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("不是正文");
            workbook.write(xlsx);
        }
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(pdf, "docx.error.type");
        assertRefused(ole2, "docx.error.legacyDoc");
        assertRefused(zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)), "docx.error.type");
        assertRefused(xlsx.toByteArray(), "docx.error.type");
    }

    @Test
    void refusesCorruptFilesAndZipBombs() {
        byte[] valid = docx(doc -> text(doc, "正文。"));

        assertRefused(Arrays.copyOf(valid, valid.length / 2), "docx.error.corrupt");
        assertRefused(withEntry(valid, "word/media/bomb.bin", 60 << 20), "docx.error.corrupt"); // POI's ratio
        assertRefused(withEntry(valid, "word/media/bomb.bin", 300 << 20), "docx.error.corrupt"); // the total
    }

    @Test
    void refusesADocumentWithoutText() {
        assertRefused(docx(doc -> text(doc, "　")), "docx.error.noText");
    }

    private void assertRefused(byte[] data, String key) {
        assertThatThrownBy(() -> importer.read(data))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument()) {
            content.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    private static void styled(XWPFDocument doc, String styleId, String text) {
        text(doc, text).setStyle(styleId);
    }

    private static void style(XWPFDocument doc, String id, String name, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String levelText) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A copy of the package with one more entry of {@code size} zero bytes, which deflate about 1000:1. */
    private static byte[] withEntry(byte[] docx, String name, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
