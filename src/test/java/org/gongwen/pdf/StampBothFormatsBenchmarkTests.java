package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongwen.support.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Stamping a 13-page document in both formats beside the PDF alone: lay out and sign the PDF, then write the OFD
 * from the same layout and seal it (GB/T 38540, SM2). No Spring context and no database: the steps the
 * custodian's stamp action runs, with the test PKIs. Writes its table to docs/benchmarks.md; runs only with
 * {@code -Pbenchmark}.
 */
@Tag("benchmark")
class StampBothFormatsBenchmarkTests {

    private static final int ROUNDS = 30;
    private static final int PAGES = 13;

    @Test
    void stampAThirteenPageDocumentAsPdfAndOfd() throws Exception {
        TestCountyPki rsa = new TestCountyPki();
        ExternalSealSigner pdfSeal = rsa.seal(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(30)));
        TestSm2Pki sm2 = new TestSm2Pki();
        TestSm2Pki.Sm2SealSigner ofdSeal = sm2.seal("清河县人民政府");
        LayoutRenderer renderer = new LayoutRenderer(LayoutSettings.defaults());
        PdfSigning pdfSigning = new PdfSigning(null, rsa);
        OfdLayoutWriter ofdWriter = new OfdLayoutWriter();
        OfdSigning ofdSigning = new OfdSigning();
        OfficialDocument document = pages(renderer, PAGES);
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
        assertThat(ofdPages).isEqualTo(pdfPages);
        BenchmarkReport.write("Stamp a %d-page document as PDF and OFD".formatted(pdfPages),
                "StampBothFormatsBenchmarkTests",
                ("5 warm-up rounds, then %d; no Spring context or database (the test PKIs: RSA seal key with time-stamp "
                        + "for the PDF, SM2 seal with GB/T 38540 SES_Seal for the OFD); times in milliseconds. "
                        + "The OFD is written from the same unsigned layout the PDF is signed on. The machine was "
                        + "shared with other builds while it ran, so the times are upper bounds.").formatted(ROUNDS),
                List.of("| step | median | p95 | max |", "|---|---|---|---|",
                        BenchmarkReport.row("lay out (GB/T 9704, PDF/A-2b, seal image)", layOut),
                        BenchmarkReport.row("sign the PDF (PAdES, CAdES detached)", signPdf),
                        BenchmarkReport.row("**PDF alone** (lay out and sign)", pdfAlone),
                        BenchmarkReport.row("write the OFD from the layout (OfdLayoutWriter)", writeOfd),
                        BenchmarkReport.row("seal the OFD (SES_Signature v4, SM3/SM2)", sealOfd),
                        BenchmarkReport.row("**both formats** (PDF, then OFD)", both)));
    }

    /** The sample notice with as many paragraphs as make it {@code pages} pages long. */
    private static OfficialDocument pages(LayoutRenderer renderer, int pages) throws IOException {
        for (int extra = 40; extra < 400; extra++) {
            OfficialDocument document = SampleDocuments.notice(extra);
            if (pageCount(renderer.render(document)) >= pages) {
                return document;
            }
        }
        throw new IllegalStateException("no sample of " + pages + " pages");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (var document = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        }
    }
}
