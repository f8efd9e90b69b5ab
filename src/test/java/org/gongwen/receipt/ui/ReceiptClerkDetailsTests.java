package org.gongwen.receipt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the clerk reads and types on the received document's page: the two times (A14.2) and the reasons (A9.2).
 * Each test sends to a unit of its own.
 */
class ReceiptClerkDetailsTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrintService printing;

    /** The recipient, a unit of the test's own. */
    long unitId;

    /** Its clerk's login. */
    String clerk;

    @BeforeEach
    void ownRecipient() {
        String code = OwnUnits.freshCode("RD");
        unitId = OwnUnits.in(context)
                .unit(code, "清河县收文办理测试局" + code, Role.CLERK, Role.LEADER)
                .id();
        clerk = OwnUnits.login(code, Role.CLERK);
    }

    @Test
    void a14_2_thePageShowsTheSignedForAndTheReceiptTimeApartAndSaysWhenTheReceiptTimeIsSet() throws Exception {
        long id = sendToOwnUnit("关于核对签收时间与接收时间的通知");
        login(clerk);
        ReceivedDocumentView page = open(id);
        assertThat(time(page, "time-signed")).isEqualTo("签收时间：尚未");
        assertThat(time(page, "time-received")).isEqualTo("接收时间：尚未");
        assertThat(time(page, "time-received-explained"))
                .isEqualTo("接收时间是本单位首次打印正式文本、首次下载非受保护文件" + "或本单位办公系统首次通过接口读取公文的时间，只记录一次；签收不设置接收时间。");

        page.signFor.click();
        page = (ReceivedDocumentView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(time(page, "time-signed"))
                .startsWith("签收时间：20")
                .endsWith("）")
                .doesNotContain("尚未");
        assertThat(time(page, "time-received"))
                .as("signing for does not set the receipt time")
                .isEqualTo("接收时间：尚未");

        page.printCopy();
        printing.deliver(page.printJob, new ByteArrayOutputStream());
        page.printed(page.printJob, true);
        assertThat(time(page, "time-received")).startsWith("接收时间：20").doesNotContain("尚未");
        assertThat(time(page, "time-signed")).doesNotContain("尚未");
    }

    @Test
    void a9_2_theDeletionDialogRefusesAnEmptyReasonAndStaysOpen() {
        long id = sendToOwnUnit("关于删除收文须写明理由的通知");
        login(clerk);
        ReceivedDocumentView page = open(id);

        page.delete.click();
        ReasonDialog dialog = page.reasonDialog;
        assertThat(dialog.isOpened()).isTrue();
        dialog.confirm.click();
        assertThat(dialog.isOpened())
                .as("an empty reason keeps the dialog open")
                .isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请写明删除理由（不超过 500 字）。");
        dialog.reason.setValue("   ");
        dialog.confirm.click();
        assertThat(dialog.isOpened()).as("blanks are no reason").isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(deletionRequests(id)).as("nothing asked yet").isZero();

        dialog.reason.setValue("误收，本单位不是主送单位");
        assertThat(dialog.reason.isInvalid()).as("typing clears the error").isFalse();
        dialog.confirm.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(deletionRequests(id)).isEqualTo(1);
    }

    @Test
    void theReturnDialogRefusesAnEmptyReasonAndStaysOpen() {
        long id = sendToOwnUnit("关于退回须写明原因的通知");
        login(clerk);
        ReceivedDocumentView page = open(id);

        page.returnDocument.click();
        ReasonDialog dialog = page.reasonDialog;
        dialog.confirm.click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("退回时请写明原因。");
        assertThat(jdbc.queryForObject("select state from receipt_distribution where id = ?", String.class, id))
                .isEqualTo("DELIVERED");
    }

    private static String time(ReceivedDocumentView page, String className) {
        return _get(page, Div.class, spec -> spec.withClasses(className)).getText();
    }

    private int deletionRequests(long distributionId) {
        return jdbc.queryForObject(
                "select count(*) from receipt_deletion_request where distribution_id = ?",
                Integer.class,
                distributionId);
    }

    private ReceivedDocumentView open(long id) {
        UI.getCurrent().navigate(ReceivedDocumentView.class, ReceivedDocumentView.params(id));
        return (ReceivedDocumentView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private long sendToOwnUnit(String title) {
        DocumentChain chain = DocumentChain.in(context);
        long documentId =
                chain.signedAndAwaitingConfirmation(title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, 1)));
        chain.confirmAndSend(documentId);
        SecurityContextHolder.clearContext();
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
