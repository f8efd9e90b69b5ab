package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.DistributionSummary;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.DistributionService;
import org.gongwen.receipt.internal.InboxQuery;
import org.gongwen.receipt.internal.PrintJob;
import org.gongwen.receipt.internal.PrintOutcome;
import org.gongwen.receipt.internal.PrintPlan;
import org.gongwen.receipt.internal.PrintRecord;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.receipt.internal.PrintedCopy;
import org.gongwen.receipt.internal.ReceiptChannel;
import org.gongwen.receipt.internal.ReceiptEventInfo;
import org.gongwen.receipt.internal.ReceiptEventType;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueRequestInfo;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.internal.RequestState;
import org.gongwen.receipt.internal.SignForService;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.shared.BusinessException;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SignIn;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Receiving through the real services and processes (A9.2, A10, A11.2, A14.2, A15): print quota
 * under concurrency, receipt time, sign-for and return, re-send and extra copies, deletion approval.
 * Documents come from the test's own sending units (the chain's, or one the test names where the
 * sender's people act or are counted) to recipient units of the test's own.
 */
@IntegrationTest
class ReceivingIntegrationTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ReceiptService receipts;

    @Autowired
    PrintService printing;

    @Autowired
    SignForService signing;

    @Autowired
    ReissueService reissues;

    @Autowired
    DeletionService deletions;

    @Autowired
    DistributionService distributionService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** Sends as a unit of this test's own ({@link DocumentChain#sender()}). */
    private DocumentChain chain;

    @BeforeEach
    void chain() {
        chain = DocumentChain.in(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a11_2_fiftyParallelPrintsWithQuotaThreeGiveExactlyThreeOfficialCopiesNumberedOneToThree() throws Exception {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 3, "关于开展冬季消防安全检查的通知");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PrintedCopy>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String address = "10.0.16." + i;
            futures.add(pool.submit(() -> {
                signIn(clerk(unit));
                try {
                    start.await();
                    return printing.print(distributionId, address);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<PrintedCopy> copies = new ArrayList<>();
        for (Future<PrintedCopy> f : futures) {
            copies.add(f.get());
        }
        pool.shutdown();

        assertThat(copies.stream().filter(PrintedCopy::official).map(PrintedCopy::copyNumber))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(copies.stream().filter(c -> !c.official()))
                .hasSize(47)
                .allSatisfy(c -> assertThat(c.pdf()).isNotEmpty());
        assertThat(jdbc.queryForList(
                        "select copy_number from receipt_print where distribution_id = ? and official = true",
                        Integer.class,
                        distributionId))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_print where distribution_id = ? and official = false",
                        Integer.class,
                        distributionId))
                .isEqualTo(47);
        Map<String, Object> row = jdbc.queryForMap(
                "select prints_used, unofficial_prints, received_via from " + "receipt_distribution where id = ?",
                distributionId);
        assertThat(row.get("prints_used")).isEqualTo(3);
        assertThat(row.get("unofficial_prints")).isEqualTo(47);
        assertThat(row.get("received_via")).isEqualTo("PRINT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_event where distribution_id = ? and type = 'RECEIVED'",
                        Integer.class,
                        distributionId))
                .isEqualTo(1);
    }

    @Test
    void a11_2_aCopyThatDoesNotReachTheBrowserIsNotCountedAndItsNumberIsPrintedAgain() throws Exception {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 1, "关于做好打印中断后补打工作的通知");
        signIn(clerk(unit));
        assertThat(printing.plan(distributionId)).isEqualTo(new PrintPlan(1, 1, 1));
        PrintJob first = printing.reserve(distributionId, "10.0.16.90");
        assertThat(first.copyNumber()).isEqualTo(1);
        assertThat(printing.plan(distributionId).official())
                .as("the number is held while the file is on its way")
                .isFalse();

        OutputStream abortedByTheBrowser = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };
        assertThatThrownBy(() -> printing.deliver(first, abortedByTheBrowser)).isInstanceOf(IOException.class);
        InboxEntry afterFailure = receipts.entry(distributionId);
        assertThat(afterFailure.printsUsed()).as("not delivered, not counted").isZero();
        assertThat(afterFailure.receivedAt()).as("nor the receipt").isNull();
        assertThat(printing.outcome(first)).isEqualTo(PrintOutcome.FAILED);
        assertThat(printing.plan(distributionId)).as("the same number again").isEqualTo(new PrintPlan(1, 1, 1));

        PrintJob second = printing.reserve(distributionId, "10.0.16.91");
        assertThat(second.copyNumber()).isEqualTo(1);
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        PrintedCopy copy = printing.deliver(second, browser);
        assertThat(browser.toByteArray()).startsWith("%PDF".getBytes()).isEqualTo(copy.pdf());
        assertThat(copy.remainingQuota()).isZero();
        assertThatThrownBy(() -> printing.deliver(second, new ByteArrayOutputStream()))
                .as("one attempt is delivered once")
                .isInstanceOf(BusinessException.class);

        InboxEntry delivered = receipts.entry(distributionId);
        assertThat(delivered.printsUsed()).isEqualTo(1);
        assertThat(delivered.receivedVia()).isEqualTo(ReceiptChannel.PRINT);
        assertThat(jdbc.queryForList(
                        "select copy_number, outcome, client_address from receipt_print "
                                + "where distribution_id = ? order by id",
                        distributionId))
                .extracting(row -> row.get("COPY_NUMBER") + " " + row.get("OUTCOME") + " " + row.get("CLIENT_ADDRESS"))
                .containsExactly("1 FAILED 10.0.16.90", "1 DELIVERED 10.0.16.91");
        assertThat(receipts.prints(distributionId))
                .extracting(PrintRecord::outcome)
                .containsExactly(PrintOutcome.FAILED, PrintOutcome.DELIVERED);
        assertThat(receipts.history(distributionId))
                .filteredOn(e -> e.type() == ReceiptEventType.PRINTED)
                .hasSize(1);
        assertThat(printing.plan(distributionId).official())
                .as("the quota is used up now")
                .isFalse();
    }

    @Test
    void a11_2_anAttemptWhoseFileWasNeverFetchedGivesItsNumberBackButAFileOnItsWayKeepsIt() throws Exception {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 2, "关于做好打印文件未取回时补打工作的通知");
        signIn(clerk(unit));

        // the page gives the attempt up: its browser's request for the file never reached the server
        PrintJob givenUp = printing.reserve(distributionId, "10.0.16.80");
        assertThat(givenUp.copyNumber()).isEqualTo(1);
        assertThat(printing.abandon(givenUp)).isEqualTo(PrintOutcome.FAILED);
        assertThat(printing.plan(distributionId)).as("the same number again").isEqualTo(new PrintPlan(1, 1, 2));
        assertThatThrownBy(() -> printing.deliver(givenUp, new ByteArrayOutputStream()))
                .as("an attempt given up is never delivered")
                .isInstanceOf(BusinessException.class);

        // no page says so: the same person's next attempt takes its number once a browser would have fetched it
        PrintJob lost = printing.reserve(distributionId, "10.0.16.81");
        assertThat(lost.copyNumber()).isEqualTo(1);
        assertThat(printing.plan(distributionId).copyNumber())
                .as("held while a browser may still fetch it")
                .isEqualTo(2);
        reservedAMinuteEarlier(lost);
        assertThat(printing.plan(distributionId)).isEqualTo(new PrintPlan(1, 1, 2));
        PrintJob again = printing.reserve(distributionId, "10.0.16.82");
        assertThat(again.copyNumber()).isEqualTo(1);
        assertThat(printing.outcome(lost)).isEqualTo(PrintOutcome.FAILED);
        assertThatThrownBy(() -> printing.deliver(lost, new ByteArrayOutputStream()))
                .as("a settled attempt is never delivered")
                .isInstanceOf(BusinessException.class);
        assertThat(printing.deliver(again, new ByteArrayOutputStream()).remainingQuota())
                .isEqualTo(1);

        // a hostile client reserves again while its file is being written: that number stays taken
        PrintJob third = printing.reserve(distributionId, "10.0.16.83");
        assertThat(third.copyNumber()).isEqualTo(2);
        reservedAMinuteEarlier(third);
        List<PrintJob> meanwhile = new ArrayList<>();
        ByteArrayOutputStream browser = new ByteArrayOutputStream() {
            @Override
            public void write(byte[] b, int off, int len) {
                meanwhile.add(printing.reserve(distributionId, "10.0.16.84"));
                super.write(b, off, len);
            }
        };
        printing.deliver(third, browser);
        assertThat(meanwhile).extracting(PrintJob::official).containsOnly(false);
        assertThat(printing.outcome(third)).isEqualTo(PrintOutcome.DELIVERED);

        assertThat(receipts.entry(distributionId).printsUsed()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select copy_number, outcome from receipt_print where distribution_id = ? "
                                + "and official = true order by id",
                        distributionId))
                .extracting(row -> row.get("COPY_NUMBER") + " " + row.get("OUTCOME"))
                .containsExactly("1 FAILED", "1 FAILED", "1 DELIVERED", "2 DELIVERED");
        assertThat(receipts.history(distributionId))
                .filteredOn(e -> e.type() == ReceiptEventType.PRINTED)
                .hasSize(2);
    }

    /** As if {@code job} had been reserved a minute ago (longer than a browser takes to fetch its file). */
    private void reservedAMinuteEarlier(PrintJob job) {
        Timestamp at = jdbc.queryForObject(
                "select printed_at from receipt_print where id = ?", Timestamp.class, job.printId());
        jdbc.update(
                "update receipt_print set printed_at = ? where id = ?",
                new Timestamp(at.getTime() - 60_000),
                job.printId());
    }

    @Test
    void a14_2_theReceiptTimeIsTheFirstDownloadOrOfficialPrintAndNeverChanges() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 2, "关于报送年度工作总结的通知");
        signIn(clerk(unit));
        receipts.layoutFileForViewer(distributionId, "10.0.16.200");
        assertThat(receipts.entry(distributionId).receivedAt())
                .as("viewing is not receiving")
                .isNull();

        byte[] original = receipts.unprotectedDownload(distributionId, "10.0.16.201");
        InboxEntry received = receipts.entry(distributionId);
        assertThat(original).startsWith("%PDF".getBytes());
        assertThat(received.receivedAt()).isNotNull();
        assertThat(received.receivedVia()).isEqualTo(ReceiptChannel.DOWNLOAD);

        printing.print(distributionId, "10.0.16.202");
        receipts.unprotectedDownload(distributionId, "10.0.16.203");
        InboxEntry later = receipts.entry(distributionId);
        assertThat(later.receivedAt()).isEqualTo(received.receivedAt());
        assertThat(later.receivedVia()).isEqualTo(ReceiptChannel.DOWNLOAD);
        assertThat(receipts.history(distributionId))
                .extracting(ReceiptEventInfo::type)
                .containsSubsequence(
                        ReceiptEventType.DELIVERED,
                        ReceiptEventType.VIEWED,
                        ReceiptEventType.DOWNLOADED,
                        ReceiptEventType.RECEIVED,
                        ReceiptEventType.PRINTED,
                        ReceiptEventType.DOWNLOADED);
        assertThat(receipts.history(distributionId))
                .filteredOn(e -> e.type() == ReceiptEventType.DOWNLOADED)
                .extracting(ReceiptEventInfo::clientAddress)
                .containsExactly("10.0.16.201", "10.0.16.203");

        signIn(clerk(ownRecipient()));
        assertThatThrownBy(() -> receipts.entry(distributionId))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.NOT_FOUND);
        signIn(clerk(chain.sender().code()));
        assertThat(receipts.prints(distributionId))
                .as("the sender sees the print log")
                .hasSize(1);
    }

    @Test
    void a10_1_aClerkSignsForAndTheInboxShowsItReadAndSigned() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 2, "关于做好元旦春节期间值班工作的通知");
        signIn(clerk(unit));
        assertThat(receipts.inbox(InboxQuery.all(), 0, 50).getContent())
                .filteredOn(e -> e.distributionId() == distributionId)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.unread()).isTrue();
                    assertThat(e.senderName()).isEqualTo(chain.sender().organ());
                });
        assertThat(receipts.inbox(new InboxQuery("元旦春节", null, false, true, null), 0, 50)
                        .getContent())
                .extracting(InboxEntry::distributionId)
                .contains(distributionId);

        receipts.open(distributionId);
        assertThat(unreadNoticesAbout(distributionId))
                .as("the clerks were alerted")
                .isPositive();
        signing.signFor(distributionId);
        assertThat(unreadNoticesAbout(distributionId))
                .as("acted on, no badge asks for it any more")
                .isZero();

        InboxEntry signed = receipts.entry(distributionId);
        assertThat(signed.state()).isEqualTo(DistributionState.SIGNED);
        assertThat(signed.signedBy()).isEqualTo(clerk(unit));
        assertThat(signed.unread()).isFalse();
        assertThatThrownBy(() -> signing.signFor(distributionId)).isInstanceOf(BusinessException.class);
        assertThat(receipts.inbox(new InboxQuery("元旦春节", null, false, true, null), 0, 50)
                        .getContent())
                .extracting(InboxEntry::distributionId)
                .doesNotContain(distributionId);
    }

    @Test
    void a9_signingForPrintingOrViewingMarksTheDocumentReadWithoutTheDetail() {
        String unit = ownRecipient();
        long signedFor = sendTo(unit, 1, "关于做好冬季森林防火工作的通知");
        long printed = sendTo(unit, 1, "关于开展冬季送温暖活动的通知");
        long viewed = sendTo(unit, 1, "关于做好冬季道路交通安全工作的通知");
        signIn(clerk(unit));
        assertThat(List.of(signedFor, printed, viewed))
                .allSatisfy(id -> assertThat(receipts.entry(id).unread()).isTrue());

        signing.signFor(signedFor);
        printing.print(printed, "10.0.5.10");
        receipts.layoutFileForViewer(viewed, "10.0.5.11");

        assertThat(List.of(signedFor, printed, viewed)).allSatisfy(id -> {
            assertThat(receipts.entry(id).unread())
                    .as("acted on, no longer bold")
                    .isFalse();
            assertThat(receipts.history(id))
                    .as("the detail was never opened")
                    .noneMatch(e -> "detail".equals(e.detail()));
        });
        assertThat(receipts.inbox(new InboxQuery("冬季", null, false, true, null), 0, 50)
                        .getContent())
                .extracting(InboxEntry::distributionId)
                .doesNotContain(signedFor, printed, viewed);

        long unseen = sendTo(unit, 1, "关于做好冬季安全用电工作的通知");
        signIn(clerk(chain.sender().code()));
        receipts.layoutFileForViewer(unseen, "10.0.1.10");
        assertThat(receipts.entry(unseen).unread())
                .as("the sender's view is not the recipient's")
                .isTrue();
    }

    @Test
    void a15_aReturnNeedsAReasonReachesTheSenderAndStopsPrinting() {
        String sender = ownSender();
        String unit = ownRecipient();
        long distributionId = sendFrom(sender, unit, 2, "关于调整农村低保标准的通知");
        int senderNotices = notices(clerk(sender));
        signIn(clerk(unit));
        assertThatThrownBy(() -> signing.returnDocument(distributionId, "  ")).isInstanceOf(BusinessException.class);

        signing.returnDocument(distributionId, "主送单位应为县民政局");

        InboxEntry returned = receipts.entry(distributionId);
        assertThat(returned.state()).isEqualTo(DistributionState.RETURNED);
        assertThat(receipts.open(distributionId).returnReason()).isEqualTo("主送单位应为县民政局");
        assertThat(notices(clerk(sender))).isEqualTo(senderNotices + 1);
        assertThatThrownBy(() -> printing.print(distributionId, null)).isInstanceOf(BusinessException.class);
        signIn(clerk(sender));
        long documentId = returned.documentId();
        assertThat(distributionService.of(documentId))
                .extracting(DistributionSummary::returnReason)
                .containsExactly("主送单位应为县民政局");
    }

    @Test
    void a10_2_anApprovedResendSupersedesTheCopyAndStartsTheReceiptAgain() {
        String sender = ownSender();
        String unit = ownRecipient();
        long distributionId = sendFrom(sender, unit, 2, "关于组织收看安全生产警示教育片的通知");
        signIn(clerk(unit));
        printing.print(distributionId, null);
        reissues.request(distributionId, ReissueKind.RESEND, 0, "打印件字迹不清，请重发");
        assertThatThrownBy(() -> reissues.request(distributionId, ReissueKind.EXTRA_COPIES, 2, "再要两份"))
                .as("one pending request at a time")
                .isInstanceOf(BusinessException.class);
        SecurityContextHolder.clearContext();

        long requestId = jdbc.queryForObject(
                "select id from receipt_reissue_request where distribution_id = ?", Long.class, distributionId);
        Task decide = tasks.createTaskQuery()
                .processInstanceBusinessKey(DocumentReissueProcess.businessKey(requestId))
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(decide.getId()))
                .anyMatch(l -> ("CLERK@" + sender).equals(l.getGroupId()));
        complete(
                decide,
                clerk(sender),
                Map.of(
                        DocumentReissueProcess.DECISION,
                        DocumentReissueProcess.APPROVE,
                        DocumentReissueProcess.DECISION_REASON,
                        ""));

        signIn(clerk(unit));
        InboxEntry old = receipts.entry(distributionId);
        assertThat(old.state()).isEqualTo(DistributionState.SUPERSEDED);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(old.documentId(), old.unitId()))
                        .active()
                        .list())
                .as("only the new version's receipt is waiting")
                .hasSize(1);
        InboxEntry resent = receipts.inbox(InboxQuery.all(), 0, 50).getContent().stream()
                .filter(e -> e.documentId() == old.documentId() && e.version() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(resent.state()).isEqualTo(DistributionState.DELIVERED);
        assertThat(resent.printsUsed()).isZero();
        assertThatThrownBy(() -> printing.print(distributionId, null)).isInstanceOf(BusinessException.class);
        signing.signFor(resent.distributionId());
        assertThat(receipts.entry(resent.distributionId()).state()).isEqualTo(DistributionState.SIGNED);
    }

    @Test
    void a10_2_extraCopiesRaiseTheQuotaAndARefusalReturnsItsReason() {
        String sender = ownSender();
        String unit = ownRecipient();
        long distributionId = sendFrom(sender, unit, 1, "关于印发防汛应急预案的通知");
        signIn(clerk(unit));
        assertThatThrownBy(() -> reissues.request(distributionId, ReissueKind.EXTRA_COPIES, 0, "需分送各村"))
                .isInstanceOf(BusinessException.class);
        reissues.request(distributionId, ReissueKind.EXTRA_COPIES, 2, "需分送两个村委会");
        decideLatest(distributionId, OwnUnits.login(sender, Role.LEADER), DocumentReissueProcess.APPROVE, "同意追加");
        signIn(clerk(unit));
        assertThat(receipts.entry(distributionId).printQuota()).isEqualTo(3);

        reissues.request(distributionId, ReissueKind.RESEND, 0, "想要新版本");
        int recipientNotices = notices(clerk(unit));
        decideLatest(distributionId, clerk(sender), DocumentReissueProcess.REFUSE, "原件无误，无需重发");
        signIn(clerk(unit));
        assertThat(reissues.requestsOf(distributionId))
                .extracting(ReissueRequestInfo::state, ReissueRequestInfo::decisionReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RequestState.APPROVED, "同意追加"),
                        org.assertj.core.groups.Tuple.tuple(RequestState.REFUSED, "原件无误，无需重发"));
        assertThat(notices(clerk(unit))).isEqualTo(recipientNotices + 1);
        assertThat(receipts.entry(distributionId).state()).isEqualTo(DistributionState.DELIVERED);
    }

    @Test
    void a9_2_aDeletionNeedsTheLeaderAndHidesButKeepsTheDocument() {
        String unit = ownRecipient();
        String leader = OwnUnits.login(unit, Role.LEADER);
        long distributionId = sendTo(unit, 1, "关于转发防范电信诈骗宣传材料的通知");
        signIn(clerk(unit));
        deletions.request(distributionId, "重复收文，已有纸质件");
        assertThatThrownBy(() -> deletions.request(distributionId, "再次申请")).isInstanceOf(BusinessException.class);
        decideDeletion(unit, distributionId, ReceiptDeletionProcess.REFUSE, "请先办理完毕");
        signIn(clerk(unit));
        assertThat(receipts.entry(distributionId)).isNotNull();

        deletions.request(distributionId, "已办理完毕，重复收文");
        decideDeletion(unit, distributionId, ReceiptDeletionProcess.APPROVE, "");

        signIn(clerk(unit));
        assertThat(receipts.inbox(InboxQuery.all(), 0, 200).getContent())
                .extracting(InboxEntry::distributionId)
                .doesNotContain(distributionId);
        assertThatThrownBy(() -> receipts.entry(distributionId)).isInstanceOf(BusinessException.class);
        // the deletion record names the leader who decided, and the clerk who asked separately (issue 18)
        assertThat(jdbc.queryForMap(
                        "select deleted_by, deletion_requested_by from receipt_distribution where id = ?",
                        distributionId))
                .containsEntry("deleted_by", leader)
                .containsEntry("deletion_requested_by", clerk(unit));
        signIn("bgs.supervisor");
        assertThat(receipts.history(distributionId))
                .extracting(ReceiptEventInfo::type)
                .containsSubsequence(
                        ReceiptEventType.DELETION_REQUESTED, ReceiptEventType.DELETION_REFUSED,
                        ReceiptEventType.DELETION_REQUESTED, ReceiptEventType.DELETION_APPROVED);
        String clerkName =
                organization.personByUsername(clerk(unit)).orElseThrow().fullName();
        assertThat(receipts.history(distributionId))
                .filteredOn(e -> e.type() == ReceiptEventType.DELETION_APPROVED)
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(leader))
                .satisfies(e -> assertThat(e.detail()).isEqualTo("申请人：" + clerkName));
        assertThat(jdbc.queryForList(
                        "select actor from audit_entry where target_type = 'distribution' and target_id = ?"
                                + " and detail like 'DELETION_APPROVED%'",
                        String.class, Long.toString(distributionId)))
                .containsExactly(leader);
    }

    @Test
    void a10_1_aTamperedFileCannotBeSignedForAndTheClerkMayAskForAResend() {
        String unit = ownRecipient();
        long distributionId = sendTo(unit, 1, "关于核查篡改版式文件的通知");
        long documentId = jdbc.queryForObject(
                "select document_id from receipt_distribution where id = ?", Long.class, distributionId);
        Tampering.flipOneByteOfStoredFile(
                jdbc,
                jdbc.queryForObject(
                        "select layout_sha256 from document_document where id = ?", String.class, documentId));
        signIn(clerk(unit));

        assertThatThrownBy(() -> signing.signFor(distributionId))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("receipt.error.checksFailed");
        assertThat(receipts.entry(distributionId).state()).isEqualTo(DistributionState.DELIVERED);
        assertThat(reissues.request(distributionId, ReissueKind.RESEND, 0, "版式文件签名校验未通过")
                        .state())
                .isEqualTo(RequestState.PENDING);
    }

    private void decideLatest(long distributionId, String who, String decision, String reason) {
        SecurityContextHolder.clearContext();
        long requestId = jdbc.queryForObject(
                "select max(id) from receipt_reissue_request where distribution_id = ?", Long.class, distributionId);
        Task decide = tasks.createTaskQuery()
                .processInstanceBusinessKey(DocumentReissueProcess.businessKey(requestId))
                .singleResult();
        complete(
                decide,
                who,
                Map.of(DocumentReissueProcess.DECISION, decision, DocumentReissueProcess.DECISION_REASON, reason));
    }

    private void decideDeletion(String unit, long distributionId, String decision, String comment) {
        SecurityContextHolder.clearContext();
        long requestId = jdbc.queryForObject(
                "select max(id) from receipt_deletion_request where distribution_id = ?", Long.class, distributionId);
        Task approve = tasks.createTaskQuery()
                .processInstanceBusinessKey(ReceiptDeletionProcess.businessKey(requestId))
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(approve.getId()))
                .anyMatch(l -> ("LEADER@" + unit).equals(l.getGroupId()));
        complete(
                approve,
                OwnUnits.login(unit, Role.LEADER),
                Map.of(ReceiptDeletionProcess.DECISION, decision, ReceiptDeletionProcess.COMMENT, comment));
    }

    private void complete(Task task, String who, Map<String, Object> variables) {
        tasks.claim(task.getId(), who);
        tasks.complete(task.getId(), variables);
    }

    /** A recipient unit of the test's own with clerk and leader; returns its code. */
    private String ownRecipient() {
        return OwnUnits.in(context).freshUnit("RV", "清河县收文测试局", Role.CLERK, Role.LEADER);
    }

    /** A sending unit of the test's own with clerk, leader, seal custodian and an active seal; returns its code. */
    private String ownSender() {
        return OwnUnits.in(context).freshIssuer("RS", "清河县发文测试局").code();
    }

    private static String clerk(String unitCode) {
        return OwnUnits.login(unitCode, Role.CLERK);
    }

    /** A document of the chain's sender sent to one unit with a quota; returns that unit's distribution id. */
    private long sendTo(String unitCode, int quota, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = chain.sentTo(unitId, quota, title);
        return distribution(documentId, unitId);
    }

    /** A document of the own unit {@code senderCode} sent to one unit with a quota; returns its distribution id. */
    private long sendFrom(String senderCode, String unitCode, int quota, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        String signingOrgan = organization.unitByCode(senderCode).orElseThrow().fullName();
        long documentId = DocumentChain.in(context)
                .sentTo(senderCode.toLowerCase(Locale.ROOT), signingOrgan, unitId, quota, title);
        return distribution(documentId, unitId);
    }

    private long distribution(long documentId, long unitId) {
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }

    private int unreadNoticesAbout(long distributionId) {
        return jdbc.queryForObject(
                "select count(*) from notification_message where link = ? and read_at is null",
                Integer.class,
                "inbox/" + distributionId);
    }

    private int notices(String username) {
        return jdbc.queryForObject(
                "select count(*) from notification_message where recipient_id = ?",
                Integer.class,
                organization.personByUsername(username).orElseThrow().id());
    }
}
