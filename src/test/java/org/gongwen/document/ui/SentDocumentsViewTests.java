package org.gongwen.document.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SendJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The sent list: a fresh draft of a unit of the test's own, and documents of a sending unit of its
 * own with an active seal, sent to recipient units of its own.
 */
class SentDocumentsViewTests extends KaribuTest {

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    OrganizationService organization;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    OwnUnits own;

    /** The sender's login prefix: its people are {@code <sender>.clerk}, {@code .leader} and {@code .seal}. */
    String sender;

    String signingOrgan;

    @BeforeEach
    void ownUnits() {
        own = OwnUnits.in(context);
    }

    /** A sending unit of the test's own with an active seal. */
    private void ownSender() {
        OwnUnits.Issuer issuer = own.freshIssuer("SD", "清河县发文列表测试局");
        signingOrgan = issuer.organ();
        sender = issuer.login();
    }

    @Test
    void aFreshDraftIsListedUnnumberedAndOpensForEditing() {
        String drafter = own.freshUnit("SF", "清河县融媒体测试中心", Role.CLERK);
        String recipient = own.freshUnit("SR", "清河县播出收文测试局", Role.CLERK);
        login(OwnUnits.login(drafter, Role.CLERK));
        DocumentInfo draft = documents.create(draft("关于做好融媒体中心安全播出工作的通知", recipient));
        UI.getCurrent().navigate(SentDocumentsView.class);
        SentDocumentsView view = (SentDocumentsView) current();
        DocumentInfo row = row(view, draft.id());
        assertThat(row.docNumber()).isNull();

        view.grid.select(row);
        assertThat(view.selectedTitle.getText()).isEqualTo("关于做好融媒体中心安全播出工作的通知");
        assertThat(view.noDistributions.isVisible()).isTrue();
        assertThat(view.noDistributions.getText()).isEqualTo("尚未分发到收文单位。");
        assertThat(view.distributions.isVisible()).isFalse();
        assertThat(view.links.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getText()))
                .containsExactly("查看版式文件");
        Button edit = (Button) view.links
                .getChildren()
                .filter(Button.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(edit.getText()).isEqualTo("编辑");
        edit.click();
        DraftingView editor = (DraftingView) current();
        assertThat(editor.saved.id()).isEqualTo(draft.id());
        assertThat(editor.header.title.getValue()).isEqualTo("关于做好融媒体中心安全播出工作的通知");
    }

    @Test
    void a14_aSentDocumentShowsHowEachRecipientStands() {
        ownSender();
        String main = own.freshUnit("SM", "清河县发文主送测试局", Role.CLERK);
        String copy = own.freshUnit("SC", "清河县发文抄送测试局", Role.CLERK);
        login(sender + ".clerk");
        DocumentInfo draft = documents.create(new Draft(
                DocumentKind.NOTICE,
                "关于开展安全生产大检查的通知",
                null,
                null,
                false,
                List.of(
                        new RecipientEntry(unit(main), RecipientKind.MAIN, 4),
                        new RecipientEntry(unit(copy), RecipientKind.COPY, 1)),
                List.of(BodyBlock.paragraph("各有关单位：请于本月底前完成安全生产大检查。")),
                signingOrgan,
                LocalDate.now(),
                null,
                "发文列表测试局办公室",
                LocalDate.now()));
        issuing.submit(draft.id());
        SecurityContextHolder.clearContext();
        String approval = DocumentApprovalProcess.businessKey(draft.id());
        completeAs(
                sender + ".leader",
                approval,
                Map.of(DocumentApprovalProcess.DECISION, "approve", DocumentApprovalProcess.COMMENT, "同意"));
        completeAs(sender + ".seal", approval, Map.of("stampConfirmed", true));
        runJobs(approval);
        String send = DocumentSendProcess.businessKey(draft.id());
        completeAs(sender + ".clerk", send, Map.of("sendConfirmed", true));
        SendJobs.run(management, runtime, draft.id());

        login(sender + ".clerk");
        UI.getCurrent().navigate(SentDocumentsView.class);
        SentDocumentsView view = (SentDocumentsView) current();
        DocumentInfo row = row(view, draft.id());
        assertThat(row.docNumber()).isNotBlank();
        view.grid.select(row);
        assertThat(view.noDistributions.isVisible()).isFalse();
        assertThat(view.distributions.isVisible()).isTrue();
        assertThat(view.distributions.getListDataView().getItems())
                .extracting(
                        DistributionSummary::unitId,
                        DistributionSummary::kind,
                        DistributionSummary::printQuota,
                        DistributionSummary::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(unit(main), RecipientKind.MAIN, 4, "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple(unit(copy), RecipientKind.COPY, 1, "DELIVERED"));
        assertThat(view.getTranslation("distributionState.DELIVERED")).isEqualTo("待签收");
        assertThat(view.distributions.getColumns())
                .extracting(c -> c.getHeaderText())
                .contains("份号");
        assertThat(_getFormattedRow(view.distributions, 0))
                .as("the sender's printing plan (A11.2)")
                .contains("000001–000004");
        assertThat(_getFormattedRow(view.distributions, 1)).contains("000005");
        assertThat(view.links.getChildren().filter(Button.class::isInstance)).isEmpty();
        assertThat(view.statusOf(row))
                .as("sent at the confirmation, nobody has signed yet")
                .isEqualTo("已发出 · 0/2 已签收");
    }

    @Test
    void aSentDocumentShowsHowManyRecipientsSignedForOrReturnedIt() {
        ownSender();
        String signing = own.freshUnit("XS", "清河县饮水签收测试局", Role.CLERK);
        String returning = own.freshUnit("XS", "清河县饮水退回测试局", Role.CLERK);
        String copied = own.freshUnit("XS", "清河县饮水抄送测试局", Role.CLERK);
        DocumentChain chain = DocumentChain.in(context);
        long id = chain.signedAndAwaitingConfirmation(
                sender,
                signingOrgan,
                "关于做好冬季农村饮水安全工作的通知",
                List.of(
                        new RecipientEntry(unit(signing), RecipientKind.MAIN, 2),
                        new RecipientEntry(unit(returning), RecipientKind.MAIN, 2),
                        new RecipientEntry(unit(copied), RecipientKind.COPY, 1)));
        login(sender + ".clerk");
        UI.getCurrent().navigate(SentDocumentsView.class);
        SentDocumentsView view = (SentDocumentsView) current();
        assertThat(view.statusOf(row(view, id)))
                .as("handed to the send, not yet confirmed")
                .isEqualTo("待确认发送");

        chain.confirmAndSend(sender, id);
        chain.complete(
                OwnUnits.login(signing, Role.CLERK),
                DocumentReceiptProcess.businessKey(id, unit(signing)),
                Map.of("decision", "signFor"));
        chain.complete(
                OwnUnits.login(returning, Role.CLERK),
                DocumentReceiptProcess.businessKey(id, unit(returning)),
                Map.of("decision", "return", "returnReason", "非本单位职责"));
        login(sender + ".clerk");
        UI.getCurrent().navigate(DraftingView.class);
        UI.getCurrent().navigate(SentDocumentsView.class);
        view = (SentDocumentsView) current();
        assertThat(view.statusOf(row(view, id))).isEqualTo("已发出 · 1/3 已签收 · 1 已退回");
    }

    @Test
    void aTechnicianMayNotSeeTheSentList() {
        login(OwnUnits.login(own.freshUnit("ST", "清河县发文技术测试局", Role.TECHNICIAN), Role.TECHNICIAN));
        UI.getCurrent().navigate(SentDocumentsView.class);
        assertThat(current()).isNotInstanceOf(SentDocumentsView.class);
    }

    private Draft draft(String title, String recipient) {
        return new Draft(
                DocumentKind.NOTICE,
                title,
                null,
                null,
                false,
                List.of(new RecipientEntry(unit(recipient), RecipientKind.MAIN, 2)),
                List.of(BodyBlock.paragraph("正文")),
                "清河县融媒体中心",
                LocalDate.now(),
                null,
                null,
                null);
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private static DocumentInfo row(SentDocumentsView view, long id) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private void completeAs(String username, String businessKey, Map<String, Object> variables) {
        Task task =
                tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        tasks.claim(task.getId(), username);
        tasks.complete(task.getId(), variables);
    }

    private void runJobs(String businessKey) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private static Component current() {
        return (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
