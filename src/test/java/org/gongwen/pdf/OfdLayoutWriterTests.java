package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.OFDReader;

class OfdLayoutWriterTests {

    static final float MM = 72f / 25.4f;

    static LayoutRenderer renderer;
    static OfficialDocument notice;
    static byte[] pdf;
    static OfdLayout ofd;
    static Map<String, byte[]> entries;

    @BeforeAll
    static void write() {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        notice = SampleDocuments.notice(8);
        pdf = renderer.render(notice);
        ofd = new OfdLayoutWriter().write(notice, pdf);
        entries = entries(ofd.ofd());
    }

    @Test
    void theOfdOpensWithTheSamePagesAndTextAsThePdf() throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd.ofd()))) {
            assertThat(reader.getNumberOfPages())
                    .isEqualTo(new PdfInspection(pdf).pages)
                    .isGreaterThanOrEqualTo(3);
        }
        assertThat(normalised(OfdText.pageTexts(ofd.ofd()))).isEqualTo(normalised(pdfPageTexts(pdf)));
        assertThat(OfdText.pageTexts(ofd.ofd()).get(0)).contains("清河县人民政府文件").contains("清政〔2026〕12号");
    }

    @Test
    void eachLineReadsAsInThePdf() {
        List<String> ofdLines = lines(OfdText.pageTexts(ofd.ofd()));
        List<String> pdfLines = lines(pdfPageTexts(pdf));
        assertThat(ofdLines).isEqualTo(pdfLines);
    }

    @Test
    void theRedHeaderAndTheRuleAreRed() {
        String page =
                new String(entries.get("Doc_0/Pages/Page_0/Content.xml"), java.nio.charset.StandardCharsets.UTF_8);
        Element layer = parse(page).getRootElement().element("Content").element("Layer");
        List<Element> red = new ArrayList<>();
        for (Element object : layer.elements()) {
            Element fill = object.element("FillColor");
            Element stroke = object.element("StrokeColor");
            if ((fill != null && "255 0 0".equals(fill.attributeValue("Value")))
                    || (stroke != null && "255 0 0".equals(stroke.attributeValue("Value")))) {
                red.add(object);
            }
        }
        assertThat(red).extracting(Element::getName).containsExactlyInAnyOrder("TextObject", "PathObject");
        Element mark = red.stream()
                .filter(e -> e.getName().equals("TextObject"))
                .findFirst()
                .orElseThrow();
        assertThat(mark.element("TextCode").getText()).isEqualTo("清河县人民政府文件");
        Element rule = red.stream()
                .filter(e -> e.getName().equals("PathObject"))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(rule.attributeValue("Boundary").split(" ")[2]))
                .isCloseTo(156, within(2.0));
    }

    @Test
    void everyPresentElementIsTaggedWithObjectsThatExist() {
        Document tags =
                parse(new String(entries.get("Doc_0/Tags/CustomTag.xml"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new String(entries.get("Doc_0/Document.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Tags/CustomTags.xml");
        assertThat(new String(entries.get("Doc_0/Tags/CustomTags.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("CustomTag.xml");
        Map<String, List<Element>> elements = new LinkedHashMap<>();
        tags.getRootElement().elements().forEach(e -> elements.put(e.getName(), e.elements("ObjectRef")));
        assertThat(elements.keySet())
                .containsExactly(
                        "份号",
                        "紧急程度",
                        "发文机关标志",
                        "发文字号",
                        "标题",
                        "主送机关",
                        "正文",
                        "附件说明",
                        "发文机关署名",
                        "成文日期",
                        "附注",
                        "抄送机关",
                        "印发机关和印发日期",
                        "印章");
        Set<String> ids = objectIds();
        elements.forEach((tag, refs) -> {
            if (!tag.equals("印章")) {
                assertThat(refs).as(tag).isNotEmpty();
                refs.forEach(
                        ref -> assertThat(ids).as(tag).contains(ref.attributeValue("PageRef") + "/" + ref.getText()));
            }
        });
        assertThat(textOf(elements.get("发文机关标志"))).isEqualTo("清河县人民政府文件");
        assertThat(textOf(elements.get("成文日期"))).isEqualTo(SampleDocuments.DATE);
        assertThat(textOf(elements.get("份号"))).endsWith("42");
        assertThat(textOf(elements.get("正文"))).startsWith("为进一步规范").endsWith("请各单位认真贯彻执行。");
    }

    @Test
    void aDocumentWithASignerTagsTheSignerBesideTheNumber() {
        OfficialDocument upward = new OfficialDocument(
                "清河县人民政府",
                null,
                null,
                "清政〔2026〕3号",
                "张三",
                "关于申请专项资金的请示",
                "市人民政府",
                List.of(new OfficialDocument.Paragraph("特此请示。")),
                null,
                "清河县人民政府",
                java.time.LocalDate.of(2026, 1, 5),
                null,
                null,
                null,
                null,
                null);
        OfdLayout layout = new OfdLayoutWriter().write(upward, renderer.render(upward));
        assertThat(layout.sealPlace()).isNull();
        String tags = new String(
                entries(layout.ofd()).get("Doc_0/Tags/CustomTag.xml"), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, List<Element>> elements = new LinkedHashMap<>();
        parse(tags).getRootElement().elements().forEach(e -> elements.put(e.getName(), e.elements("ObjectRef")));
        assertThat(elements.keySet()).containsExactly("发文机关标志", "发文字号", "签发人", "标题", "主送机关", "正文", "发文机关署名", "成文日期");
    }

    @Test
    void theMetadataNamesTheDocument() {
        String info = new String(entries.get("OFD.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(info)
                .contains("<ofd:Title>清河县人民政府关于规范电子公文交换工作的通知</ofd:Title>")
                .contains("<ofd:Creator>Gongwen</ofd:Creator>")
                .contains("<ofd:Author>清河县人民政府</ofd:Author>")
                .contains("Name=\"发文字号\">清政〔2026〕12号<")
                .contains("Name=\"成文日期\">2026-11-25<")
                .contains("Name=\"紧急程度\">加急<")
                .contains("Name=\"主送机关\">各乡镇人民政府，县政府各部门<")
                .contains("Name=\"抄送机关\">县委办公室，县人大常委会办公室，县政协办公室<");
    }

    @Test
    void theFontsAreSmallSubsetsThatLoad() throws IOException {
        assertThat(ofd.ofd().length).isLessThan(1_000_000);
        List<String> fonts =
                entries.keySet().stream().filter(name -> name.endsWith(".otf")).toList();
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(3);
        String allText = String.join("", OfdText.pageTexts(ofd.ofd()));
        for (String font : fonts) {
            byte[] file = entries.get(font);
            assertThat(file.length).as(font).isLessThan(400_000);
            try (OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(file))) {
                var cmap = otf.getUnicodeCmapLookup();
                assertThat(allText.codePoints()
                                .filter(c -> cmap.getGlyphId(c) > 0)
                                .count())
                        .as(font)
                        .isPositive();
            }
            assertThat(com.itextpdf.io.font.FontProgramFactory.createFont(file)
                            .getFontNames()
                            .getFontName())
                    .isNotBlank();
        }
    }

    @Test
    void theSealPlaceIsWhereThePdfPrintsTheSeal() {
        PdfInspection inspection = new PdfInspection(pdf);
        PdfInspection.Image seal = inspection.images.get(0);
        OfdStampPlace place = ofd.sealPlace();
        assertThat(place.pageIndex()).isEqualTo(seal.page() - 1);
        assertThat(place.xMm()).isCloseTo(seal.box().getLeft() / MM, within(0.5));
        assertThat(place.yMm()).isCloseTo(297 - seal.box().getTop() / MM, within(0.5));
        assertThat(place.widthMm()).isCloseTo(45, within(0.5));
        assertThat(place.heightMm()).isCloseTo(45, within(0.5));
        assertThat(entries.keySet()).noneMatch(name -> name.endsWith(".png"));
    }

    static Set<String> objectIds() {
        Set<String> ids = new TreeSet<>();
        Document document =
                parse(new String(entries.get("Doc_0/Document.xml"), java.nio.charset.StandardCharsets.UTF_8));
        for (Element page : document.getRootElement().element("Pages").elements("Page")) {
            String content = new String(
                    entries.get("Doc_0/" + page.attributeValue("BaseLoc")), java.nio.charset.StandardCharsets.UTF_8);
            for (Element object : parse(content)
                    .getRootElement()
                    .element("Content")
                    .element("Layer")
                    .elements()) {
                ids.add(page.attributeValue("ID") + "/" + object.attributeValue("ID"));
            }
        }
        return ids;
    }

    private static String textOf(List<Element> refs) {
        Map<String, String> texts = new LinkedHashMap<>();
        Document document =
                parse(new String(entries.get("Doc_0/Document.xml"), java.nio.charset.StandardCharsets.UTF_8));
        for (Element page : document.getRootElement().element("Pages").elements("Page")) {
            String content = new String(
                    entries.get("Doc_0/" + page.attributeValue("BaseLoc")), java.nio.charset.StandardCharsets.UTF_8);
            for (Element object : parse(content)
                    .getRootElement()
                    .element("Content")
                    .element("Layer")
                    .elements()) {
                Element code = object.element("TextCode");
                texts.put(
                        page.attributeValue("ID") + "/" + object.attributeValue("ID"),
                        code == null ? "" : code.getText());
            }
        }
        StringBuilder text = new StringBuilder();
        refs.forEach(ref -> text.append(texts.get(ref.attributeValue("PageRef") + "/" + ref.getText())));
        return text.toString().replaceAll("\\s", "");
    }

    static List<String> pdfPageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> normalised(List<String> pages) {
        return pages.stream().map(page -> page.replaceAll("\\s", "")).toList();
    }

    static List<String> lines(List<String> pages) {
        List<String> lines = new ArrayList<>();
        for (String page : pages) {
            for (String line : page.split("\n")) {
                String stripped = line.replaceAll("\\s", "");
                if (!stripped.isEmpty()) {
                    lines.add(stripped);
                }
            }
        }
        return lines;
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Document parse(String xml) {
        try {
            return DocumentHelper.parseText(xml);
        } catch (org.dom4j.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
