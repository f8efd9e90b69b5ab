package org.gongwen.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.organization.OrganizationService;
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
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    DocumentService drafting;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organization;

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
        long z11 = organization.unitByCode("Z11").orElseThrow().id();
        long z12 = organization.unitByCode("Z12").orElseThrow().id();
        DocumentChain chain = new DocumentChain(drafting, issuing, engine, users);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于看板链接收文核对的通知",
                List.of(
                        new RecipientEntry(z11, RecipientKind.MAIN, 2),
                        new RecipientEntry(z12, RecipientKind.MAIN, 2)));
        chain.confirmAndSend(documentId);
        long copy11 = distribution(documentId, z11);
        long copy12 = distribution(documentId, z12);

        SignIn.as(users, "z11.clerk");
        long reissue = reissues.request(copy11, ReissueKind.EXTRA_COPIES, 2, "需分送两个村委会")
                .id();
        SignIn.as(users, "z12.clerk");
        long deletion = deletions.request(copy12, "重复收文，已有纸质件").id();
        SecurityContextHolder.clearContext();

        String receipt11 = DocumentReceiptProcess.businessKey(documentId, z11);
        String receipt12 = DocumentReceiptProcess.businessKey(documentId, z12);
        assertThat(links.of(List.of(
                        new Subject("document-receipt", receipt11),
                        new Subject("document-receipt", receipt12),
                        new Subject("document-reissue", DocumentReissueProcess.businessKey(reissue)),
                        new Subject("receipt-deletion", ReceiptDeletionProcess.businessKey(deletion)))))
                .containsEntry(new Subject("document-receipt", receipt11), "inbox/" + copy11)
                .containsEntry(new Subject("document-receipt", receipt12), "inbox/" + copy12)
                .containsEntry(
                        new Subject("document-reissue", DocumentReissueProcess.businessKey(reissue)), "inbox/" + copy11)
                .containsEntry(
                        new Subject("receipt-deletion", ReceiptDeletionProcess.businessKey(deletion)),
                        "inbox/" + copy12);
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
