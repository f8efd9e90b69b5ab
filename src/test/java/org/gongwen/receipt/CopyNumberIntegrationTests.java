package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.CopyNumberRange;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.DistributionService;
import org.gongwen.receipt.internal.PrintPlan;
import org.gongwen.receipt.internal.PrintRecord;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.receipt.internal.PrintedCopy;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.PdfInspection.TextRun;
import org.gongwen.support.Pdfsig;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 份号 unique per document (A11.2) through the real send and print path: the sender's printing plan
 * gives each recipient unit a range, extra copies and re-sent versions get new ranges after the
 * document's highest number, and every official copy is countersigned over the whole file. Documents
 * come from a sending unit of the test's own to two others of its own, a main and a copy recipient.
 */
@IntegrationTest
class CopyNumberIntegrationTests {

    static final float MM = 72f / 25.4f;

    @Autowired
    OrganizationService organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService tasks;

    @Autowired
    PrintService printing;

    @Autowired
    ReceiptService receipts;

    @Autowired
    ReissueService reissues;

    @Autowired
    DistributionService distributions;

    @Autowired
    PkiService pki;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** The main recipient's code. */
    String main;

    /** The copy recipient's code. */
    String copy;

    /** Sends as a unit of the test's own ({@link DocumentChain#sender()}). */
    DocumentChain chain;

    @BeforeEach
    void ownUnits() {
        OwnUnits own = OwnUnits.in(context);
        main = own.freshUnit("CM", "清河县份号主送测试局", Role.CLERK);
        copy = own.freshUnit("CC", "清河县份号抄送测试局", Role.CLERK);
        chain = DocumentChain.in(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_2_twoRecipientUnitsFirstOfficialCopiesHaveDifferentCopyNumbers(@TempDir Path dir) throws Exception {
        long documentId = send("关于统一编排公文份号的通知", 2, 3);
        long toMain = distribution(documentId, main);
        long toCopy = distribution(documentId, copy);

        SignIn.as(users, OwnUnits.login(main, Role.CLERK));
        PrintedCopy firstMain = printing.print(toMain, "10.0.11.1");
        SignIn.as(users, OwnUnits.login(copy, Role.CLERK));
        assertThat(printing.plan(toCopy)).isEqualTo(new PrintPlan(3, 1, 3));
        PrintedCopy firstCopy = printing.print(toCopy, "10.0.12.1");

        assertThat(firstMain.copyNumber()).isEqualTo(1);
        assertThat(firstCopy.copyNumber()).isEqualTo(3);
        assertThat(firstCopy.fileName("清政〔2026〕1号")).endsWith("-份号000003.pdf");
        // the stamped 份号 where GB/T 9704 puts it: flush left on the first line of the type area, page 1
        TextRun number =
                new PdfInspection(firstCopy.pdf()).runsContaining("000003").get(0);
        assertThat(number.page()).isEqualTo(1);
        assertThat(number.box().getLeft()).isCloseTo(28 * MM, offset(0.5f));
        assertThat(number.box().getTop()).isBetween(297 * MM - 37 * MM - 225 * MM / 22, 297 * MM - 37 * MM);
        assertThat(new PdfInspection(firstMain.pdf()).allText())
                .contains("000001")
                .doesNotContain("000003");

        // the print log, as the recipient and as the sender read it
        assertThat(receipts.prints(toCopy)).extracting(PrintRecord::copyNumber).containsExactly(3);
        SignIn.as(users, OwnUnits.login(chain.sender().code(), Role.CLERK));
        assertThat(receipts.prints(toMain)).extracting(PrintRecord::copyNumber).containsExactly(1);
        assertThat(jdbc.queryForList(
                        "select document_id from receipt_print where distribution_id in (?, ?)",
                        Long.class,
                        toMain,
                        toCopy))
                .containsOnly(documentId);
        assertThat(distributions.of(documentId))
                .extracting(DistributionSummary::unitId, DistributionSummary::copyNumbers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(unit(main), List.of(new CopyNumberRange(1, 2))),
                        org.assertj.core.groups.Tuple.tuple(unit(copy), List.of(new CopyNumberRange(3, 5))));
        assertThat(distributions.of(documentId).get(1).copyNumbersLabel()).isEqualTo("000003–000005");

        Pdfsig.assumeAvailable();
        List<String> signatures = Pdfsig.signatures(Pdfsig.report(firstCopy.pdf(), pki.caCertificatePem(), dir));
        assertThat(signatures)
                .hasSize(2)
                .allSatisfy(signature ->
                        assertThat(signature).contains("Signature is Valid").contains("Certificate is Trusted"));
        assertThat(signatures.get(0))
                .as("the seal signs the layout without the 份号")
                .contains("Not total document signed");
        assertThat(signatures.get(1))
                .as("the county system's countersignature")
                .contains("清河县电子公文交换系统 份号加签")
                .contains("Total document signed")
                .doesNotContain("Not total document signed");
    }

    @Test
    void a11_2_extraCopiesAndAResentVersionGetNewRangesAfterTheDocumentsHighestNumber() {
        long documentId = send("关于追加打印份数编号的通知", 1, 2);
        long toMain = distribution(documentId, main);
        long toCopy = distribution(documentId, copy);

        SignIn.as(users, OwnUnits.login(main, Role.CLERK));
        assertThat(printing.print(toMain, null).copyNumber()).isEqualTo(1);
        reissues.request(toMain, ReissueKind.EXTRA_COPIES, 2, "需分送两个村委会");
        decideLatest(toMain, DocumentReissueProcess.APPROVE);
        SignIn.as(users, OwnUnits.login(main, Role.CLERK));
        assertThat(List.of(printing.print(toMain, null), printing.print(toMain, null), printing.print(toMain, null)))
                .extracting(PrintedCopy::copyNumber)
                .containsExactly(4, 5, null);

        SignIn.as(users, OwnUnits.login(copy, Role.CLERK));
        assertThat(printing.print(toCopy, null).copyNumber()).isEqualTo(2);
        reissues.request(toCopy, ReissueKind.RESEND, 0, "打印件字迹不清，请重发");
        decideLatest(toCopy, DocumentReissueProcess.APPROVE);
        long resent = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ? " + "and version = 2",
                Long.class,
                documentId,
                unit(copy));
        SignIn.as(users, OwnUnits.login(copy, Role.CLERK));
        assertThat(printing.print(resent, null).copyNumber()).isEqualTo(6);

        SignIn.as(users, OwnUnits.login(chain.sender().code(), Role.CLERK));
        assertThat(distributions.of(documentId))
                .extracting(DistributionSummary::distributionId, DistributionSummary::copyNumbers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                toMain, List.of(new CopyNumberRange(1, 1), new CopyNumberRange(4, 5))),
                        org.assertj.core.groups.Tuple.tuple(toCopy, List.of(new CopyNumberRange(2, 3))),
                        org.assertj.core.groups.Tuple.tuple(resent, List.of(new CopyNumberRange(6, 7))));
        assertThat(jdbc.queryForList(
                        "select counted_copy from receipt_print where document_id = ? and "
                                + "counted_copy is not null order by counted_copy",
                        Integer.class,
                        documentId))
                .containsExactly(1, 2, 4, 5, 6);
    }

    private long send(String title, int quotaMain, int quotaCopy) {
        long documentId = chain.signedAndAwaitingConfirmation(
                title,
                List.of(
                        new RecipientEntry(unit(main), RecipientKind.MAIN, quotaMain),
                        new RecipientEntry(unit(copy), RecipientKind.COPY, quotaCopy)));
        chain.confirmAndSend(documentId);
        return documentId;
    }

    private void decideLatest(long distributionId, String decision) {
        SecurityContextHolder.clearContext();
        long requestId = jdbc.queryForObject(
                "select max(id) from receipt_reissue_request where distribution_id = ?", Long.class, distributionId);
        Task decide = tasks.createTaskQuery()
                .processInstanceBusinessKey(DocumentReissueProcess.businessKey(requestId))
                .singleResult();
        tasks.claim(decide.getId(), OwnUnits.login(chain.sender().code(), Role.LEADER));
        tasks.complete(
                decide.getId(),
                Map.of(DocumentReissueProcess.DECISION, decision, DocumentReissueProcess.DECISION_REASON, "同意"));
    }

    private long distribution(long documentId, String unitCode) {
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ? " + "and version = 1",
                Long.class,
                documentId,
                unit(unitCode));
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }
}
