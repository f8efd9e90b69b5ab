package org.gongwen.receipt.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.internal.PrintJob;
import org.gongwen.receipt.internal.PrintOutcome;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.Tampering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 收文 and the received document's page (A9, A10.1, A11.2): documents of a sending unit of each test's
 * own to another of its own, whose inbox holds only that test's documents; the views are checked through
 * Karibu.
 */
class ReceivingViewsTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrintService printing;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    /** The receiving unit of the running test: its code and its clerk's login. */
    private String recipient;

    private String clerk;

    /** Sends as a unit of the running test's own ({@link DocumentChain#sender()}). */
    private DocumentChain chain;

    @BeforeEach
    void ownRecipientAndSender() {
        recipient = ownUnits().freshUnit("RV", "清河县收文测试局", Role.CLERK);
        clerk = OwnUnits.login(recipient, Role.CLERK);
        chain = DocumentChain.in(context);
    }

    @Test
    void a9_theInboxShowsUnreadInBoldAndFindsByTitleAndOpensTheDocument() {
        long id = sendToOwnUnit("关于开展秋冬季爱国卫生运动的通知", 2);
        login(clerk);
        UI.getCurrent().navigate(InboxView.class);
        Span badge = _get(Span.class, spec -> spec.withClasses("inbox-badge"));
        assertThat(badge.isVisible()).as("documents wait to be signed for").isTrue();
        assertThat(badge.getText()).as("the one document sent to the unit").isEqualTo("1");
        InboxView inbox = (InboxView) current();
        inbox.search.setValue("秋冬季爱国卫生");
        assertThat(_size(inbox.grid)).isEqualTo(1);
        InboxEntry row = _get(inbox.grid, 0);
        assertThat(row.distributionId()).isEqualTo(id);
        assertThat(row.unread()).isTrue();
        assertThat(row.senderName()).isEqualTo(chain.sender().organ());
        assertThat(stateLabel(inbox.grid, 0)).as("named from the clerk's side").isEqualTo("待签收");
        assertThat(List.of(DistributionState.DELIVERED, DistributionState.SIGNED, DistributionState.RETURNED))
                .extracting(inbox.state.getItemLabelGenerator()::apply)
                .containsExactly("待签收", "已签收", "已退回");

        inbox.overdueOnly.setValue(true);
        assertThat(_size(inbox.grid)).isZero();
        inbox.overdueOnly.setValue(false);
        inbox.state.setValue(DistributionState.SIGNED);
        assertThat(_size(inbox.grid)).isZero();
        inbox.state.setValue(null);
        assertThat(inbox.unit.isVisible()).as("a clerk sees only the own unit").isFalse();

        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        ReceivedDocumentView page = (ReceivedDocumentView) current();
        assertThat(page.document.entry().title()).isEqualTo("关于开展秋冬季爱国卫生运动的通知");
        UI.getCurrent().navigate(InboxView.class);
        inbox = (InboxView) current();
        inbox.search.setValue("秋冬季爱国卫生");
        assertThat(_get(inbox.grid, 0).unread()).as("opened, no longer bold").isFalse();
    }

    @Test
    void a10_1_a11_2_theClerkSeesTheDocumentSignsForAndPrintsWithinTheQuotaOnceTheCopyIsDelivered() throws Exception {
        long id = sendToOwnUnit("关于做好冬季供暖保障工作的通知", 1);
        login(clerk);
        ReceivedDocumentView page = open(id);
        assertThat(page.viewer.hasFile())
                .as("the layout file in the document viewer")
                .isTrue();
        assertThat(text(page.viewer.file("10.0.5.9"))).contains("关于做好冬季供暖保障工作的通知");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_event where distribution_id = ? "
                                + "and type = 'VIEWED' and detail = 'layout'",
                        Integer.class,
                        id))
                .as("the viewer's fetch is a recorded view")
                .isEqualTo(1);
        assertThat(page.checksPanel.getChildren().map(c -> ((Div) c).getClassNames()))
                .hasSize(8)
                .allMatch(classes -> classes.contains("check-passed"));
        assertThat(page.signFor.isVisible()).isTrue();
        assertThat(page.signFor.isEnabled()).isTrue();
        assertThat(page.print.getText()).isEqualTo("打印（剩余正式份数 1/1）");
        assertThat(_get(page, Span.class, spec -> spec.withClasses("distribution-state"))
                        .getText())
                .isEqualTo("待签收");

        page.signFor.click();
        page = (ReceivedDocumentView) current();
        assertThat(page.document.entry().state()).isEqualTo(DistributionState.SIGNED);
        assertThat(_get(page, Span.class, spec -> spec.withClasses("distribution-state"))
                        .getText())
                .isEqualTo("已签收");
        assertThat(page.signFor.isVisible()).isFalse();

        page.print.click();
        assertThat(page.printConfirm.isOpened()).isTrue();
        assertThat(page.printConfirm.getElement().getProperty("message"))
                .isEqualTo("将打印第 1 份正式文本（共 1 份），份号 000001。文件送达浏览器后计入打印份数；未能送达的，可用同一份号重新打印。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_print where distribution_id = ?", Integer.class, id))
                .as("confirming comes first")
                .isZero();
        page.printCopy();
        PrintJob job = page.printJob;
        assertThat(job.copyNumber()).isEqualTo(1);
        assertThat(page.document.entry().printsUsed())
                .as("not counted before the file is delivered")
                .isZero();
        // what the browser's fetch of the print copy does
        ByteArrayOutputStream browser = new ByteArrayOutputStream();
        printing.deliver(job, browser);
        assertThat(text(browser.toByteArray())).contains("000001");
        page.printed(job, true);
        assertThat(page.print.getText()).isEqualTo("打印（已超出 1 份，无法律效力）");
        assertThat(page.document.entry().printsUsed()).isEqualTo(1);

        page.print.click();
        assertThat(page.printConfirm.getElement().getProperty("message"))
                .isEqualTo("本单位的 1 份正式文本已打印完毕。将打印的副本不显示红头、印章，无法律效力。");
        page.printCopy();
        assertThat(page.printJob.official()).isFalse();
        printing.deliver(page.printJob, new ByteArrayOutputStream());
        page.printed(page.printJob, true);
        assertThat(_size(page.printLog)).isEqualTo(2);
        assertThat(_get(page.printLog, 0).outcome()).isEqualTo(PrintOutcome.DELIVERED);
        assertThat(page.document.entry().receivedAt()).isNotNull();
        assertThat(GridKt._getFormattedRow(page.printLog, 0))
                .as("the 份号 in the print log")
                .contains("000001");
        login(OwnUnits.login(chain.sender().code(), Role.CLERK));
        assertThat(GridKt._getFormattedRow(open(id).printLog, 0))
                .as("as the sender reads it")
                .contains("000001");
    }

    @Test
    void a10_1_aTamperedFileCannotBeSignedForAndReissueIsOffered() {
        long id = sendToOwnUnit("关于核对版式文件完整性的通知", 1);
        long documentId =
                jdbc.queryForObject("select document_id from receipt_distribution where id = ?", Long.class, id);
        Tampering.flipOneByteOfStoredFile(
                jdbc,
                jdbc.queryForObject(
                        "select layout_sha256 from document_document where id = ?", String.class, documentId));
        login(clerk);
        ReceivedDocumentView page = open(id);

        assertThat(page.checks.allPassed()).isFalse();
        assertThat(page.checksPanel
                        .getChildren()
                        .filter(c -> ((Div) c).getClassNames().contains("check-failed")))
                .isNotEmpty();
        assertThat(page.signFor.isEnabled()).isFalse();
        assertThat(page.reissue.isVisible()).isTrue();
        assertThat(page.returnDocument.isVisible()).isTrue();
    }

    @Test
    void theSenderAndTheCountyOfficeReadThePageWithoutActing() {
        long id = sendToOwnUnit("关于报送冬季安全生产情况的通知", 1);
        login(OwnUnits.login(chain.sender().code(), Role.CLERK));
        ReceivedDocumentView page = open(id);
        assertThat(page.document.entry().unitId())
                .isEqualTo(organization.unitByCode(recipient).orElseThrow().id());
        assertThat(page.signFor.isVisible()).isFalse();
        assertThat(page.print.isVisible()).isFalse();
        assertThat(page.reissue.isVisible()).isFalse();

        login("bgs.supervisor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = (InboxView) current();
        assertThat(inbox.unit.isVisible()).isTrue();
        inbox.unit.setValue(organization.unitByCode(recipient).orElseThrow());
        assertThat(_size(inbox.grid)).as("all the unit has received").isEqualTo(1);
        inbox.search.setValue("冬季安全生产情况");
        assertThat(_size(inbox.grid)).isEqualTo(1);

        String other = ownUnits().freshUnit("RO", "清河县其他测试局", Role.CLERK);
        login(OwnUnits.login(other, Role.CLERK));
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        assertThat(((ReceivedDocumentView) current()).document)
                .as("another unit's clerk sees nothing")
                .isNull();
    }

    private static String stateLabel(Grid<InboxEntry> grid, int row) {
        return ((Span) GridKt._getCellComponent(grid, row, "state")
                        .getChildren()
                        .findFirst()
                        .orElseThrow())
                .getText();
    }

    private ReceivedDocumentView open(long id) {
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        return (ReceivedDocumentView) current();
    }

    private OwnUnits ownUnits() {
        return new OwnUnits(organization, accounts, seals);
    }

    private long sendToOwnUnit(String title, int quota) {
        long unitId = organization.unitByCode(recipient).orElseThrow().id();
        long documentId = chain.signedAndAwaitingConfirmation(
                title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, quota)));
        chain.confirmAndSend(documentId);
        SecurityContextHolder.clearContext();
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    private static String text(byte[] pdf) {
        return new PdfInspection(pdf).allText().replaceAll("\\s", "");
    }

    private static Object current() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
