package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.gongwen.pdf.OfficialDocument.Attachment;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.pdf.OfficialDocument.Seal;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.pdf.internal.LayoutVariant;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.TextRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the leader approves is what is issued: the preview (the seal's place kept, no image), the signed
 * file and a copy without legal force break their pages alike, for bodies whose last line falls on each
 * of lines 14–22 of a page; the signature block stays with the body (GB/T 9704 7.3.5.5) and the 版记
 * lands on an even page.
 */
class PaginationTests {

    static final float MM = 72f / 25.4f;
    static final float LINE = 225 * MM / 22;
    static final float TYPE_TOP = 297 * MM - 37 * MM;
    static final float TYPE_BOTTOM = TYPE_TOP - 225 * MM;
    static final String ONE_LINE = "各单位应当严格执行公文处理工作条例及时办理。";
    static final String LAST = "请各单位结合实际认真贯彻执行，执行中遇到的问题请及时报告县人民政府办公室，"
            + "县人民政府办公室将会同有关部门研究解决，确保各项工作按期完成，不得延误，不得推诿，"
            + "确保全县电子公文交换工作规范有序开展。";

    static LayoutRenderer renderer;
    static PdfSigning signing;
    static KeyPairSealSigner signer;
    static int firstBodyLine;

    @BeforeAll
    static void setUp() throws Exception {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        signing = new PdfSigning();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=清河县人民政府,O=清河县人民政府,C=CN");
        long now = System.currentTimeMillis();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.valueOf(now),
                                new java.util.Date(now - 60_000),
                                new java.util.Date(now + 86_400_000L),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        signer = new KeyPairSealSigner(keys, certificate, "SHA256withRSA");
        PdfInspection probe = new PdfInspection(renderer.render(document(1, new Seal(SampleDocuments.sealPng(), 45))));
        firstBodyLine = lineOf(probe.runsContaining("各单位应当").get(0));
    }

    /**
     * A body of one-line paragraphs and a last paragraph of three lines whose last line falls, as the
     * grid would set it, on line {@code line} of page 2.
     */
    static OfficialDocument documentEndingOn(int line, Seal seal) {
        int lines = (22 - firstBodyLine + 1) + line;
        return document(lines - 3, seal);
    }

    static OfficialDocument document(int oneLiners, Seal seal) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < oneLiners; i++) {
            body.add(new Paragraph(ONE_LINE));
        }
        body.add(new Paragraph(LAST));
        return new OfficialDocument(
                "清河县人民政府文件",
                null,
                null,
                "清政〔2026〕12号",
                null,
                "清河县人民政府关于规范电子公文交换工作的通知",
                "各乡镇人民政府，县政府各部门",
                body,
                List.of(new Attachment("电子公文交换系统操作手册", false), new Attachment("收文单位联系表", true)),
                "清河县人民政府",
                LocalDate.of(2026, 11, 25),
                seal,
                "此件公开发布",
                List.of("县委办公室", "县人大常委会办公室"),
                "清河县人民政府办公室",
                LocalDate.of(2026, 11, 26));
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 16, 17, 18, 19, 20, 21, 22})
    void previewSignedFileAndCopyBreakPagesAlike(int line) {
        byte[] preview = renderer.render(documentEndingOn(line, Seal.reservation(45)));
        byte[] signed = signing.sign(
                renderer.render(documentEndingOn(line, new Seal(SampleDocuments.sealPng(), 45))), signer, "发文", "清河县");
        byte[] copy = renderer.render(
                documentEndingOn(line, new Seal(SampleDocuments.sealPng(), 45)), LayoutVariant.NO_LEGAL_FORCE);
        PdfInspection previewPages = new PdfInspection(preview);
        PdfInspection signedPages = new PdfInspection(signed);
        PdfInspection copyPages = new PdfInspection(copy);

        assertThat(signedPages.pages).isEqualTo(previewPages.pages).isEqualTo(copyPages.pages);
        for (int page = 0; page < previewPages.pages; page++) {
            assertThat(bodyText(signedPages, page + 1))
                    .as("page %d", page + 1)
                    .isEqualTo(bodyText(previewPages, page + 1))
                    .isEqualTo(bodyText(copyPages, page + 1));
        }
        assertThat(previewPages.images).isEmpty();
        assertThat(signedPages.images).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 16, 17, 18, 19, 20, 21, 22})
    void theSealStaysWithTheBodyWithoutEmptyLinesBeforeIt(int line) {
        PdfInspection pdf =
                new PdfInspection(renderer.render(documentEndingOn(line, new Seal(SampleDocuments.sealPng(), 45))));
        PdfInspection.Image seal = pdf.images.get(0);
        int page = seal.page();
        TextRun organ = pdf.texts.stream()
                .filter(t -> t.page() == page && t.text().equals("清河县人民政府"))
                .max(Comparator.comparing(t -> -t.box().getBottom()))
                .orElseThrow();
        List<TextRun> above = pdf.texts.stream()
                .filter(t -> t.page() == page
                        && t.box().getBottom() > organ.box().getTop()
                        && t.box().getTop() < TYPE_TOP + 1)
                .toList();
        assertThat(above).as("body text on the seal's page").isNotEmpty();
        float lastAbove = (float)
                above.stream().mapToDouble(t -> t.box().getBottom()).min().orElseThrow();
        float sealTop = seal.box().getBottom() + seal.box().getHeight();
        // GB/T 9704 7.3.5.1: the seal's top within one line of the text above it
        assertThat(lastAbove - sealTop).as("gap above the seal").isLessThanOrEqualTo(LINE);
        List<Float> bodyLines = baselines(pdf, page).stream()
                .filter(y -> y > organ.box().getTop())
                .toList();
        assertThat(bodyLines.size()).as("lines above the signature block").isGreaterThanOrEqualTo(page > 1 ? 2 : 1);
        if (page > 1) {
            float firstTop = (float)
                    above.stream().mapToDouble(t -> t.box().getTop()).max().orElseThrow();
            assertThat(TYPE_TOP - firstTop)
                    .as("the seal's page starts with body text")
                    .isLessThan(LINE);
        }
        for (int p = 2; p <= page; p++) {
            List<Float> lines = baselines(pdf, p);
            assertThat(lines.size()).as("lines on page %d", p).isLessThanOrEqualTo(22 + 2);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i - 1) - lines.get(i))
                        .as("line pitch on page %d", p)
                        .isGreaterThan(225 * MM / 24 - 0.1f);
            }
        }
    }

    /** The distinct baselines of the type area's text on {@code page}, from the top. */
    private static List<Float> baselines(PdfInspection pdf, int page) {
        List<Float> lines = new ArrayList<>();
        pdf.texts.stream()
                .filter(t -> t.page() == page
                        && t.box().getTop() < TYPE_TOP + 1
                        && t.box().getBottom() > TYPE_BOTTOM - 1)
                .map(t -> t.box().getBottom())
                .sorted(Comparator.reverseOrder())
                .forEach(y -> {
                    if (lines.isEmpty() || lines.get(lines.size() - 1) - y > 1) {
                        lines.add(y);
                    }
                });
        return lines;
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 18, 22})
    void theColophonIsOnAnEvenPageWithoutANumber(int line) {
        byte[] file = renderer.render(documentEndingOn(line, new Seal(SampleDocuments.sealPng(), 45)));
        PdfInspection pdf = new PdfInspection(file);
        TextRun printed = pdf.runsContaining("印发").get(0);
        assertThat(printed.page() % 2).isZero();
        assertThat(printed.page()).isEqualTo(pdf.pages);
        int sealPage = pdf.images.get(0).page();
        for (int page = 1; page <= pdf.pages; page++) {
            boolean numbered = !pdf.runsContaining("— " + page + " —").isEmpty();
            assertThat(numbered).as("page %d numbered", page).isEqualTo(page <= sealPage);
        }
        if (line == 14) {
            // the 版记 does not fit under the signature block on page 2: a blank page 3, the 版记 on page 4
            assertThat(pdf.pages).isEqualTo(4);
            assertThat(pdf.texts).noneMatch(t -> t.page() == 3);
            assertThat(PdfA.failures2b(file)).isEmpty();
        }
    }

    /** The page's text in drawing order, without the red header and the no-legal-force marking. */
    private static String bodyText(PdfInspection pdf, int page) {
        return pdf.texts.stream()
                .filter(t -> t.page() == page
                        && !t.text().contains("无法律效力")
                        && !t.text().equals("清河县人民政府文件"))
                .map(TextRun::text)
                .reduce("", String::concat)
                .replaceAll("\\s", "");
    }

    static int lineOf(TextRun run) {
        return (int) Math.floor((TYPE_TOP - run.box().getTop()) / LINE) + 1;
    }
}
