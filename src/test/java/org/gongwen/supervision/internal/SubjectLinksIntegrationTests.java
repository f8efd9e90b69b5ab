package org.gongwen.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.organization.Role;
import org.gongwen.organization.process.PersonnelHandoverProcess;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.ReissueKind;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.supervision.internal.SubjectLinks.Subject;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 流程看板 opens what an instance is about: every process kind's most specific page (A5, A16). */
@IntegrationTest
class SubjectLinksIntegrationTests {

    @Autowired
    SubjectLinks links;

    @Autowired
    ProcessModels models;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReissueService reissues;

    @Autowired
    DeletionService deletions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void documentsSealsFaultsAndReportsLinkToTheirOwnPage() {
        assertThat(links.of("document-approval", DocumentApprovalProcess.businessKey(41)))
                .isEqualTo("documents/41");
        assertThat(links.of("document-send", DocumentSendProcess.businessKey(41)))
                .isEqualTo("documents/41");
        assertThat(links.of("document-send-batch", DocumentSendProcess.batchBusinessKeyPrefix(41) + "3"))
                .isEqualTo("documents/41");
        assertThat(links.of("seal-application", SealApplicationProcess.businessKey(7)))
                .isEqualTo("seals/7");
        assertThat(links.of("seal-revocation", SealRevocationProcess.businessKey(7)))
                .isEqualTo("seals/7");
        assertThat(links.of("system-fault", SystemFaultProcess.businessKey(12))).isEqualTo("incidents/12");
        assertThat(links.of("receipt-inspection", ReceiptInspectionProcess.businessKey(5)))
                .isEqualTo("reports/5");
        assertThat(links.of("personnel-handover", PersonnelHandoverProcess.businessKey("z01.clerk")))
                .as("a handover has no page of its own")
                .isEqualTo("handover");
        assertThat(links.of("document-approval", null)).as("no key, the list").isEqualTo("documents");
        assertThat(links.of("dashboard-count-1", "x-1"))
                .as("a process without a page")
                .isNull();
    }

    @Test
    void theDashboardListsTheCountysProcessesInTheOrderOfThePaperworkAndOthersAfter() {
        List<String> county = List.of(
                DocumentApprovalProcess.KEY,
                DocumentSendProcess.KEY,
                DocumentSendProcess.BATCH_KEY,
                DocumentReceiptProcess.KEY,
                DocumentReissueProcess.KEY,
                ReceiptDeletionProcess.KEY,
                SealApplicationProcess.KEY,
                SealRevocationProcess.KEY,
                SystemFaultProcess.KEY,
                PersonnelHandoverProcess.KEY,
                ReceiptInspectionProcess.KEY);
        List<String> keys =
                models.latest().stream().map(ProcessDefinition::getKey).toList();
        List<String> deployed = county.stream().filter(keys::contains).toList();
        assertThat(deployed).as("the shipped models are deployed").hasSizeGreaterThan(8);
        assertThat(keys.subList(0, deployed.size())).isEqualTo(deployed);
        assertThat(keys.subList(deployed.size(), keys.size())).isSorted();
    }

    @Test
    void receiptsReissuesAndDeletionsLinkToTheReceivedCopy() {
        OwnUnits own = OwnUnits.in(context);
        String reissuing = OwnUnits.freshCode("LR");
        String deleting = OwnUnits.freshCode("LD");
        long reissuingId = own.unit(reissuing, "清河县看板补发测试局" + reissuing, Role.CLERK, Role.LEADER)
                .id();
        long deletingId = own.unit(deleting, "清河县看板删除测试局" + deleting, Role.CLERK, Role.LEADER)
                .id();
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于看板链接收文核对的通知",
                List.of(
                        new RecipientEntry(reissuingId, RecipientKind.MAIN, 2),
                        new RecipientEntry(deletingId, RecipientKind.MAIN, 2)));
        chain.confirmAndSend(documentId);
        long reissuingCopy = distribution(documentId, reissuingId);
        long deletingCopy = distribution(documentId, deletingId);

        SignIn.as(users, OwnUnits.login(reissuing, Role.CLERK));
        long reissue = reissues.request(reissuingCopy, ReissueKind.EXTRA_COPIES, 2, "需分送两个村委会")
                .id();
        SignIn.as(users, OwnUnits.login(deleting, Role.CLERK));
        long deletion = deletions.request(deletingCopy, "重复收文，已有纸质件").id();
        SecurityContextHolder.clearContext();

        String reissuingReceipt = DocumentReceiptProcess.businessKey(documentId, reissuingId);
        String deletingReceipt = DocumentReceiptProcess.businessKey(documentId, deletingId);
        assertThat(links.of(List.of(
                        new Subject("document-receipt", reissuingReceipt),
                        new Subject("document-receipt", deletingReceipt),
                        new Subject("document-reissue", DocumentReissueProcess.businessKey(reissue)),
                        new Subject("receipt-deletion", ReceiptDeletionProcess.businessKey(deletion)))))
                .containsEntry(new Subject("document-receipt", reissuingReceipt), "inbox/" + reissuingCopy)
                .containsEntry(new Subject("document-receipt", deletingReceipt), "inbox/" + deletingCopy)
                .containsEntry(
                        new Subject("document-reissue", DocumentReissueProcess.businessKey(reissue)),
                        "inbox/" + reissuingCopy)
                .containsEntry(
                        new Subject("receipt-deletion", ReceiptDeletionProcess.businessKey(deletion)),
                        "inbox/" + deletingCopy);
        assertThat(links.of("document-receipt", DocumentReceiptProcess.businessKey(documentId, 999_999)))
                .as("no such copy: the inbox")
                .isEqualTo("inbox");
        for (String key :
                List.of(DocumentReissueProcess.businessKey(reissue), ReceiptDeletionProcess.businessKey(deletion))) {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over", true));
        }
    }

    private long distribution(long documentId, long unitId) {
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }
}
