package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.pdf.internal.ofd.OfdWarmUp;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.ChildProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Stamping a 13-page document in both formats beside the PDF alone: lay out and sign the PDF, then write the OFD
 * from the same layout and seal it (GB/T 38540, SM2). No Spring context and no database: the steps the
 * custodian's stamp action runs, with the test PKIs. The first OFD of a process is measured on its own, in fresh
 * JVMs, with and without the warm-up the application runs when it starts ({@link OfdWarmUp}). Writes its table to
 * docs/benchmarks.md; runs only with {@code -Pbenchmark}.
 */
@Tag("benchmark")
class StampBothFormatsBenchmarkTests {

    private static final int ROUNDS = 30;
    private static final int PAGES = 13;
    private static final int FRESH_JVMS = 3;
    private static final Duration FRESH_JVM_LIMIT = Duration.ofMinutes(5);

    @Test
    void stampAThirteenPageDocumentAsPdfAndOfd() throws Exception {
        quietLikeTheApplication();
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        int extra = paragraphsFor(renderer, PAGES);
        double[][] cold = firstOfdInFreshJvms(extra, false);
        double[][] warmed = firstOfdInFreshJvms(extra, true);

        TestCountyPki rsa = new TestCountyPki();
        ExternalSealSigner pdfSeal =
                rsa.seal(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(30)));
        TestSm2Pki sm2 = new TestSm2Pki();
        TestSm2Pki.Sm2SealSigner ofdSeal = sm2.seal("清河县人民政府");
        PdfSigning pdfSigning = new PdfSigning(null, rsa);
        OfdLayoutWriter ofdWriter = new OfdLayoutWriter();
        OfdSigning ofdSigning = new OfdSigning();
        OfficialDocument document = document(extra);
        int pdfPages = pageCount(renderer.render(document));

        double[] layOut = new double[ROUNDS];
        double[] signPdf = new double[ROUNDS];
        double[] writeOfd = new double[ROUNDS];
        double[] sealOfd = new double[ROUNDS];
        double[] pdfAlone = new double[ROUNDS];
        double[] both = new double[ROUNDS];
        int ofdPages = 0;
        for (int i = -5; i < ROUNDS; i++) {
            long start = System.nanoTime();
            byte[] pdf = renderer.render(document);
            long laidOut = System.nanoTime();
            pdfSigning.sign(pdf, pdfSeal, "发文", "清河县");
            long pdfSigned = System.nanoTime();
            OfdLayout ofd = ofdWriter.write(document, pdf);
            long ofdWritten = System.nanoTime();
            byte[] sealed = ofdSigning.seal(ofd.ofd(), ofdSeal, ofd.sealPlace());
            long end = System.nanoTime();
            if (i >= 0) {
                layOut[i] = (laidOut - start) / 1e6;
                signPdf[i] = (pdfSigned - laidOut) / 1e6;
                writeOfd[i] = (ofdWritten - pdfSigned) / 1e6;
                sealOfd[i] = (end - ofdWritten) / 1e6;
                pdfAlone[i] = (pdfSigned - start) / 1e6;
                both[i] = (end - start) / 1e6;
            } else {
                ofdPages = OfdText.pageTexts(sealed).size();
            }
        }
        assertThat(pdfPages).isEqualTo(PAGES);
        assertThat(ofdPages).isEqualTo(pdfPages);
        BenchmarkReport.write(
                "Stamp a %d-page document as PDF and OFD".formatted(pdfPages),
                "StampBothFormatsBenchmarkTests",
                ("5 warm-up rounds, then %d; no Spring context or database (the test PKIs: RSA seal key with time-stamp "
                                + "for the PDF, SM2 seal with GB/T 38540 SES_Seal for the OFD); times in milliseconds. "
                                + "The OFD is written from the same unsigned layout the PDF is signed on. The notice has no "
                                + "版记 (with one GB/T 9704 ends it on an even page). The first OFD of a process is measured "
                                + "in %d fresh JVMs each, after the PDF was laid out and signed there: cold, and after the "
                                + "start-up warm-up the application runs off the request path (`OfdWarmUp`: a one-page "
                                + "notice written as OFD and rendered for viewing five times). Where the first OFD's time "
                                + "went (stack samples of a cold conversion): loading and interpreting ofdrw, dom4j and "
                                + "PDFBox before the JIT compiles them; PDFBox parsing the font subsets embedded in the "
                                + "PDF, logging a warning for each cmap entry whose glyph the subset left out (thousands "
                                + "per document, now off in application.yml); and ofdrw's temporary directory, some forty "
                                + "files written, zipped and deleted (a third of the samples; `OfdWriter` now builds the "
                                + "package in memory; sealing still goes through ofdrw's `OFDReader`/`OFDSigner`, which "
                                + "unzip to disk). Logging as the application's (INFO, the cmap warnings off). Load "
                                + "average %s while it ran (2 processors shared with other builds), so the times are upper "
                                + "bounds.")
                        .formatted(ROUNDS, FRESH_JVMS, loadAverage()),
                List.of(
                        "| step | median | p95 | max |",
                        "|---|---|---|---|",
                        BenchmarkReport.row("lay out (GB/T 9704, PDF/A-2b, seal image)", layOut),
                        BenchmarkReport.row("sign the PDF (PAdES, CAdES detached)", signPdf),
                        BenchmarkReport.row("**PDF alone** (lay out and sign)", pdfAlone),
                        BenchmarkReport.row("write the OFD from the layout (OfdLayoutWriter)", writeOfd),
                        BenchmarkReport.row("seal the OFD (SES_Signature v4, SM3/SM2)", sealOfd),
                        BenchmarkReport.row("**both formats** (PDF, then OFD)", both),
                        BenchmarkReport.row("first OFD of a fresh JVM, cold: write", cold[0]),
                        BenchmarkReport.row("first OFD of a fresh JVM, cold: seal", cold[1]),
                        BenchmarkReport.row("first OFD after the start-up warm-up: write", warmed[0]),
                        BenchmarkReport.row("first OFD after the start-up warm-up: seal", warmed[1]),
                        BenchmarkReport.row("the start-up warm-up itself (background thread)", warmed[2])));
    }

    /**
     * In a fresh JVM: lays out and signs the PDF, then times the first OFD written and sealed; with
     * {@code warm-up}, runs {@link OfdWarmUp} first. Prints "RESULT write seal warm-up" in milliseconds.
     */
    public static void main(String[] args) throws Exception {
        quietLikeTheApplication();
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        OfficialDocument document = document(Integer.parseInt(args[0]));
        TestCountyPki rsa = new TestCountyPki();
        ExternalSealSigner pdfSeal =
                rsa.seal(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(30)));
        TestSm2Pki.Sm2SealSigner ofdSeal = new TestSm2Pki().seal("清河县人民政府");
        byte[] pdf = renderer.render(document);
        new PdfSigning(null, rsa).sign(pdf, pdfSeal, "发文", "清河县");
        long warmUp = args.length > 1 ? OfdWarmUp.run(renderer) : 0;
        long start = System.nanoTime();
        OfdLayout ofd = new OfdLayoutWriter().write(document, pdf);
        long written = System.nanoTime();
        new OfdSigning().seal(ofd.ofd(), ofdSeal, ofd.sealPlace());
        long sealed = System.nanoTime();
        System.out.printf("%nRESULT %.1f %.1f %d%n", (written - start) / 1e6, (sealed - written) / 1e6, warmUp);
    }

    /** {write, seal, warm-up} times of {@link #FRESH_JVMS} runs of {@link #main}. */
    private static double[][] firstOfdInFreshJvms(int extraParagraphs, boolean warmUp) throws Exception {
        double[][] times = new double[3][FRESH_JVMS];
        for (int run = 0; run < FRESH_JVMS; run++) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    StampBothFormatsBenchmarkTests.class.getName(),
                    String.valueOf(extraParagraphs)));
            if (warmUp) {
                command.add("warm-up");
            }
            ChildProcess.Finished fresh = ChildProcess.run(command, null, FRESH_JVM_LIMIT);
            assertThat(fresh.exit()).as(fresh.output()).isZero();
            String result = fresh.output()
                    .lines()
                    .filter(line -> line.startsWith("RESULT "))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new AssertionError("no times from the fresh JVM:\n" + fresh.output()));
            String[] parts = result.split(" ");
            for (int i = 0; i < 3; i++) {
                times[i][run] = Double.parseDouble(parts[i + 1]);
            }
        }
        return times;
    }

    /** INFO, and PDFBox's cmap warnings off, as application.yml has it (without Spring, logback logs DEBUG). */
    private static void quietLikeTheApplication() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.INFO);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.fontbox.ttf.CmapSubtable"))
                .setLevel(Level.ERROR);
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        return String.format(java.util.Locale.ROOT, "%.1f", load);
    }

    /** The sample notice without 版记, with {@code extraParagraphs} more paragraphs. */
    private static OfficialDocument document(int extraParagraphs) {
        OfficialDocument notice = SampleDocuments.notice(extraParagraphs);
        return new OfficialDocument(
                notice.redHeader(),
                notice.copyNumber(),
                notice.urgency(),
                notice.docNumber(),
                notice.signer(),
                notice.title(),
                notice.mainRecipients(),
                notice.body(),
                notice.attachments(),
                notice.signingOrgan(),
                notice.date(),
                notice.seal(),
                notice.note(),
                List.of(),
                null,
                null);
    }

    /** How many extra paragraphs make the notice {@code pages} pages long. */
    private static int paragraphsFor(LayoutRenderer renderer, int pages) throws IOException {
        for (int extra = 40; extra < 400; extra++) {
            int count = pageCount(renderer.render(document(extra)));
            if (count == pages) {
                return extra;
            }
            if (count > pages) {
                break;
            }
        }
        throw new IllegalStateException("no sample of exactly " + pages + " pages");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (var document = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        }
    }
}
