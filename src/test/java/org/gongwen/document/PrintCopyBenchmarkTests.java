package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.internal.DocumentLayouts;
import org.gongwen.organization.OrganizationService;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.PrintCopies;
import org.gongwen.support.BenchmarkReport;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Printing at the recipient (A11.2): one print file of a signed ten-page document, as the receipt
 * module asks for it, database read included. Writes its table to docs/benchmarks.md; runs only
 * with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class PrintCopyBenchmarkTests {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentPrints prints;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    DocumentLayouts layouts;

    @Autowired
    PrintCopies printCopies;

    @Autowired
    LayoutRenderer renderer;

    @Test
    void printOneCopyOfATenPageDocument() throws IOException {
        long recipient = organization.unitByCode("B24").orElseThrow().id();
        long id = DocumentChain.in(context)
                .signedAndAwaitingConfirmation(
                        "关于开展安全生产大检查的通知",
                        List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 2)),
                        tenPages(),
                        LocalDate.now());
        OfficialDocument document = layouts.officialDocument(issued.info(id), null, null, LocalDate.now());
        double[] official = new double[ROUNDS];
        double[] unofficial = new double[ROUNDS];
        double[] layOut = new double[ROUNDS];
        double[] officialLayout = new double[ROUNDS];
        byte[] officialCopy = null;
        byte[] unofficialCopy = null;
        for (int i = -WARM_UP; i < ROUNDS; i++) {
            long start = System.nanoTime();
            officialCopy = prints.officialCopy(id, i + WARM_UP + 1);
            long stamped = System.nanoTime();
            unofficialCopy = prints.unofficialCopy(id);
            long rendered = System.nanoTime();
            printCopies.unofficialCopy(document);
            long laidOut = System.nanoTime();
            renderer.render(document);
            long end = System.nanoTime();
            if (i >= 0) {
                official[i] = (stamped - start) / 1e6;
                unofficial[i] = (rendered - stamped) / 1e6;
                layOut[i] = (laidOut - rendered) / 1e6;
                officialLayout[i] = (end - laidOut) / 1e6;
            }
        }
        int pages = new PdfInspection(officialCopy).pages;
        assertThat(pages).isGreaterThanOrEqualTo(10);
        assertThat(new PdfInspection(unofficialCopy).pages).isEqualTo(pages);
        BenchmarkReport.write(
                "Print one copy of a %d-page document".formatted(pages),
                "PrintCopyBenchmarkTests",
                ("`DocumentPrints` as the receipt module calls it, reading the document from the database; below it "
                                + "the layout alone (`PrintCopies.unofficialCopy`) and, for comparison, the official layout of the "
                                + "same document without seal (`LayoutRenderer.render`). %d warm-up rounds, then %d, interleaved; "
                                + "times in milliseconds. Target: median under 100 ms.")
                        .formatted(WARM_UP, ROUNDS),
                List.of(
                        "| print file | median | p95 | max |",
                        "|---|---|---|---|",
                        BenchmarkReport.row("official copy: signed layout with its 份号 (incremental update)", official),
                        BenchmarkReport.row(
                                "copy without legal force: laid out again, marked on every page", unofficial),
                        BenchmarkReport.row("of which the layout alone", layOut),
                        BenchmarkReport.row("for comparison: official layout, same document", officialLayout)));
    }

    /** The body of the render-and-sign benchmark: ten sections of six paragraphs. */
    private static List<BodyBlock> tenPages() {
        List<BodyBlock> body = new ArrayList<>();
        String paragraph = "各乡镇人民政府、县直各部门要切实提高政治站位，把安全生产工作摆在突出位置，压紧压实属地管理责任、"
                + "部门监管责任和企业主体责任，全面排查整治各类风险隐患，坚决防范遏制重特大事故发生，确保人民群众生命财产安全。";
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (String number : numbers) {
            body.add(BodyBlock.heading(1, number + "、工作要求"));
            for (int i = 0; i < 6; i++) {
                body.add(BodyBlock.paragraph(paragraph));
            }
        }
        return body;
    }
}
