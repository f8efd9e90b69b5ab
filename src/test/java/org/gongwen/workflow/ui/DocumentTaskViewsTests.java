package org.gongwen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The document on the tasks that act on it: the leader's approval, the seal custodian's stamping,
 * the sender's confirmation, and the decisions on a reissue and a deletion request all show the
 * layout file in the document viewer; a task about no document shows none.
 */
class DocumentTaskViewsTests extends KaribuTest {

    @Autowired
    DocumentService drafting;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    ReissueService reissues;

    @Autowired
    DeletionService deletions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeaderAndTheSealCustodianSeeTheDocumentTheyApproveAndStamp() {
        String title = "关于做好冬季道路结冰防范工作的通知";
        SignIn.as(users, "z01.clerk");
        long id = drafting.create(new Draft(
                        DocumentKind.NOTICE,
                        title,
                        null,
                        null,
                        false,
                        List.of(new RecipientEntry(
                                organization.unitByCode("Z05").orElseThrow().id(), RecipientKind.MAIN, 1)),
                        List.of(BodyBlock.paragraph("各单位：请及时清除道路积雪。")),
                        "清河县城关镇人民政府",
                        LocalDate.now(),
                        null,
                        null,
                        null))
                .id();
        issuing.submit(id);
        SecurityContextHolder.clearContext();
        String approval = DocumentApprovalProcess.businessKey(id);

        TaskView leader = openTask("z01.leader", approval);
        assertThat(leader.viewer.hasFile()).isTrue();
        assertThat(text(leader.viewer.file(null))).contains(title);

        chain().complete("z01.leader", approval, Map.of("decision", "approve"));
        TaskView custodian = openTask("z01.seal", approval);
        assertThat(custodian.viewer.hasFile()).isTrue();
        assertThat(text(custodian.viewer.file(null))).contains(title);
    }

    @Test
    void theSenderConfirmsAndDecidesRequestsAndTheLeaderDecidesADeletionWithTheDocumentInView() {
        String title = "关于开展冬季森林草原防灭火检查的通知";
        long z05 = organization.unitByCode("Z05").orElseThrow().id();
        long documentId =
                chain().signedAndAwaitingConfirmation(title, List.of(new RecipientEntry(z05, RecipientKind.MAIN, 1)));
        TaskView confirm = openTask("z01.clerk", DocumentSendProcess.businessKey(documentId));
        assertThat(text(confirm.viewer.file(null))).contains(title);

        chain().confirmAndSend(documentId);
        long distributionId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                z05);
        SignIn.as(users, "z05.clerk");
        long reissue = reissues.request(distributionId, ReissueKind.EXTRA_COPIES, 1, "需要多印一份")
                .id();
        long deletion = deletions.request(distributionId, "重复收文").id();
        SecurityContextHolder.clearContext();

        TaskView decide = openTask("z01.leader", DocumentReissueProcess.businessKey(reissue));
        assertThat(text(decide.viewer.file("10.0.1.8"))).contains(title);
        TaskView approveDeletion = openTask("z05.leader", ReceiptDeletionProcess.businessKey(deletion));
        assertThat(text(approveDeletion.viewer.file("10.0.5.8"))).contains(title);
        assertThat(jdbc.queryForList(
                        "select client_address from receipt_event where distribution_id = ? " + "and type = 'VIEWED'",
                        String.class,
                        distributionId))
                .contains("10.0.1.8", "10.0.5.8");
    }

    private TaskView openTask(String username, String businessKey) {
        login(username);
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult();
        UI.getCurrent().navigate(TaskView.class, TaskView.params(task.getId()));
        return (TaskView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private DocumentChain chain() {
        return new DocumentChain(drafting, issuing, engine, users);
    }

    private static String text(byte[] pdf) {
        return new PdfInspection(pdf).allText().replaceAll("\\s", "");
    }
}
