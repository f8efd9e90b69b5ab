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
import org.gongwen.organization.Role;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.PdfInspection;
import org.gongwen.support.SendJobs;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The document on the tasks that act on it: the leader's approval, the seal custodian's stamping,
 * the sender's confirmation, and the decisions on a reissue and a deletion request all show the
 * layout file in the document viewer; a task about no document shows none. Senders and recipients
 * are units of the test's own.
 */
class DocumentTaskViewsTests extends KaribuTest {

    @Autowired
    ApplicationContext context;

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
        OwnUnits own = OwnUnits.in(context);
        OwnUnits.Issuer issuer = own.freshIssuer("DS", "清河县任务公文测试局");
        String sender = issuer.code();
        String senderName = issuer.organ();
        long recipient = organization
                .unitByCode(own.freshUnit("DR", "清河县任务公文收文局"))
                .orElseThrow()
                .id();
        SignIn.as(users, OwnUnits.login(sender, Role.CLERK));
        long id = drafting.create(new Draft(
                        DocumentKind.NOTICE,
                        title,
                        null,
                        null,
                        false,
                        List.of(new RecipientEntry(recipient, RecipientKind.MAIN, 1)),
                        List.of(BodyBlock.paragraph("各单位：请及时清除道路积雪。")),
                        senderName,
                        LocalDate.now(),
                        null,
                        null,
                        null))
                .id();
        issuing.submit(id);
        SecurityContextHolder.clearContext();
        String approval = DocumentApprovalProcess.businessKey(id);
        try {
            String leaderLogin = OwnUnits.login(sender, Role.LEADER);
            TaskView leader = openTask(leaderLogin, approval);
            assertThat(leader.viewer.hasFile()).isTrue();
            assertThat(text(leader.viewer.file(null))).contains(title);

            chain().complete(leaderLogin, approval, Map.of("decision", "approve"));
            TaskView custodian = openTask(OwnUnits.login(sender, Role.SEAL_CUSTODIAN), approval);
            assertThat(custodian.viewer.hasFile()).isTrue();
            assertThat(text(custodian.viewer.file(null))).contains(title);
        } finally {
            chain().stopApproval(id);
        }
    }

    @Test
    void theSenderConfirmsAndDecidesRequestsAndTheLeaderDecidesADeletionWithTheDocumentInView() {
        String title = "关于开展冬季森林草原防灭火检查的通知";
        OwnUnits own = OwnUnits.in(context);
        OwnUnits.Issuer issuer = own.freshIssuer("DS", "清河县任务公文测试局");
        String sender = issuer.code();
        String senderName = issuer.organ();
        String recipient = own.freshUnit("DR", "清河县任务公文收文局", Role.CLERK, Role.LEADER);
        long recipientId = organization.unitByCode(recipient).orElseThrow().id();
        long documentId = chain().signedAndAwaitingConfirmation(
                        issuer.login(),
                        senderName,
                        title,
                        List.of(new RecipientEntry(recipientId, RecipientKind.MAIN, 1)));
        String senderClerk = OwnUnits.login(sender, Role.CLERK);
        String send = DocumentSendProcess.businessKey(documentId);
        TaskView confirm = openTask(senderClerk, send);
        assertThat(text(confirm.viewer.file(null))).contains(title);

        chain().complete(senderClerk, send, Map.of("sendConfirmed", true));
        SendJobs.run(engine.getManagementService(), engine.getRuntimeService(), documentId);
        long distributionId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                recipientId);
        SignIn.as(users, OwnUnits.login(recipient, Role.CLERK));
        long reissue = reissues.request(distributionId, ReissueKind.EXTRA_COPIES, 1, "需要多印一份")
                .id();
        long deletion = deletions.request(distributionId, "重复收文").id();
        SecurityContextHolder.clearContext();

        TaskView decide = openTask(OwnUnits.login(sender, Role.LEADER), DocumentReissueProcess.businessKey(reissue));
        assertThat(text(decide.viewer.file("10.0.1.8"))).contains(title);
        TaskView approveDeletion =
                openTask(OwnUnits.login(recipient, Role.LEADER), ReceiptDeletionProcess.businessKey(deletion));
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
        return DocumentChain.in(context);
    }

    private static String text(byte[] pdf) {
        return new PdfInspection(pdf).allText().replaceAll("\\s", "");
    }
}
