package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.SendProgress;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.internal.Delivery;
import org.gongwen.receipt.internal.DistributionService;
import org.gongwen.receipt.internal.ReceiptDelivery;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SendJobs;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A document of a unit of the test's own with an active seal goes through approval, stamping and
 * sending to three units of its own (their clerks reachable by SMS and e-mail): one distribution and
 * one {@code document-receipt} per recipient, the clerks told, signed for through the task API.
 */
@IntegrationTest
class DocumentSendFanOutIntegrationTests {

    /** The sender's login prefix: its people are {@code <sender>.clerk}, {@code .leader} and {@code .seal}. */
    private String sender;

    private String signingOrgan;

    private List<String> recipients;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DocumentService drafting;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    IssuedDocuments issued;

    @Autowired
    DistributionService distributions;

    @Autowired
    ReceiptDelivery delivery;

    @Autowired
    OrganizationService organization;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void ownUnits() {
        OwnUnits own = OwnUnits.in(context);
        OwnUnits.Issuer issuer = own.freshIssuer("FS", "清河县分发测试局");
        signingOrgan = issuer.organ();
        sender = issuer.login();
        recipients = List.of(
                own.freshReachableUnit("FA", "清河县分发收文一局", Role.CLERK),
                own.freshReachableUnit("FB", "清河县分发收文二局", Role.CLERK),
                own.freshReachableUnit("FC", "清河县分发收文三局", Role.CLERK));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** When the sender's confirmation ran: the send time must lie within it (A14.1). */
    private Instant confirmedFrom;

    private Instant confirmedTo;

    @Test
    void a13_a14_1_aDocumentIsSentAtTheConfirmationAndReachesEveryRecipientOnce() throws Exception {
        List<UnitInfo> units = recipients.stream()
                .map(code -> organization.unitByCode(code).orElseThrow())
                .toList();
        List<String> clerks = recipients.stream()
                .map(code -> OwnUnits.login(code, Role.CLERK))
                .toList();
        long documentId = draftSignAndConfirm(units);
        DocumentInfo confirmed = issued.info(documentId);
        assertThat(confirmed.status()).as("已发出 from the confirmation on").isEqualTo(DocumentStatus.SENT);
        // a database may keep whole seconds only (MySQL without fractional seconds)
        assertThat(confirmed.sentAt()).isBetween(confirmedFrom.truncatedTo(ChronoUnit.SECONDS), confirmedTo);

        assertThat(distributions.of(documentId))
                .extracting(
                        DistributionSummary::unitId,
                        DistributionSummary::kind,
                        DistributionSummary::printQuota,
                        DistributionSummary::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(units.get(0).id(), RecipientKind.MAIN, 5, "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple(units.get(1).id(), RecipientKind.MAIN, 3, "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple(units.get(2).id(), RecipientKind.COPY, 1, "DELIVERED"));
        List<ProcessInstance> receipts = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DocumentReceiptProcess.KEY)
                .variableValueEquals("documentId", documentId)
                .list();
        assertThat(receipts).hasSize(3);
        for (UnitInfo unit : units) {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(documentId, unit.id()))
                    .singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(DocumentReceiptProcess.TASK_SIGN_FOR);
            assertThat(tasks.getIdentityLinksForTask(task.getId()))
                    .anyMatch(link -> ("CLERK@" + unit.code()).equals(link.getGroupId()));
        }
        clerks.forEach(clerk -> assertThat(notices(clerk)).as(clerk).isEqualTo(1));
        // no second notice (A9.1): the clerks are also e-mailed and texted
        clerks.forEach(clerk -> assertThat(outboxed(clerk)).as(clerk).isEqualTo(2));

        // a retried fan-out job finds the distribution it created; the database refuses a second row
        Long firstId = jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                units.get(0).id());
        Delivery again =
                delivery.deliver(documentId, new RecipientEntry(units.get(0).id(), RecipientKind.MAIN, 5), 1, "retry");
        assertThat(again.distributionId()).isEqualTo(firstId);
        assertThat(again.unitCode()).isEqualTo(recipients.get(0));
        assertThat(rows(documentId)).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into receipt_distribution (document_id, unit_id, kind, print_quota, "
                                + "prints_used, state, delivered_at) values (?, ?, 'MAIN', 5, 0, 'DELIVERED', current_timestamp)",
                        documentId,
                        units.get(0).id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rows(documentId)).isEqualTo(3);

        signFor(clerks.get(0), documentId, units.get(0));
        mvc.perform(get("/api/v1/inbox").with(as(clerks.get(0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].distributionId").value(firstId))
                .andExpect(jsonPath("$.items[0].documentId").value(documentId))
                .andExpect(jsonPath("$.items[0].title").value("关于做好防汛工作的通知"))
                .andExpect(jsonPath("$.items[0].docNumber")
                        .value(issued.info(documentId).docNumber()))
                .andExpect(jsonPath("$.items[0].kind").value("MAIN"))
                .andExpect(jsonPath("$.items[0].printQuota").value(5))
                .andExpect(jsonPath("$.items[0].state").value("SIGNED"))
                .andExpect(jsonPath("$.items[0].signedAt").isNotEmpty());
        assertThat(distributions.of(documentId))
                .extracting(DistributionSummary::state)
                .containsExactly("SIGNED", "DELIVERED", "DELIVERED");
        assertThat(jdbc.queryForObject(
                        "select signed_by from receipt_distribution where id = ?", String.class, firstId))
                .isEqualTo(clerks.get(0));

        // another unit's clerk neither lists it nor may ask for the first unit's inbox; a county-wide role may
        mvc.perform(get("/api/v1/inbox").with(as(clerks.get(1))))
                .andExpect(jsonPath("$.items[*].distributionId", not(hasItem(firstId.intValue()))));
        mvc.perform(get("/api/v1/inbox")
                        .param("unitId", String.valueOf(units.get(0).id()))
                        .with(as(clerks.get(1))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inbox")
                        .param("unitId", String.valueOf(units.get(0).id()))
                        .with(as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].distributionId", hasItem(firstId.intValue())));

        assertThat(issued.info(documentId).status()).isEqualTo(DocumentStatus.SENT);
        assertThat(distributions.progress(List.of(documentId))).containsEntry(documentId, new SendProgress(3, 1, 0));
        signFor(clerks.get(1), documentId, units.get(1));
        signFor(clerks.get(2), documentId, units.get(2));
        assertThat(distributions.of(documentId))
                .extracting(DistributionSummary::state)
                .containsOnly("SIGNED");
        assertThat(distributions.progress(List.of(documentId))).containsEntry(documentId, new SendProgress(3, 3, 0));
        DocumentInfo sent = issued.info(documentId);
        assertThat(sent.status()).isEqualTo(DocumentStatus.SENT);
        assertThat(sent.sentAt())
                .as("the send time is the confirmation, not the last signature")
                .isEqualTo(confirmed.sentAt());
        // MySQL keeps whole seconds: a signature in the second of the confirmation has the same time
        assertThat(distributions.of(documentId))
                .extracting(DistributionSummary::signedAt)
                .allSatisfy(signedAt -> assertThat(signedAt).isAfterOrEqualTo(sent.sentAt()));
        // each ended receipt is counted by its batch in a job of its own, as the job executor would run it
        SendJobs.run(management, runtime, documentId);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                        .count())
                .isZero();
    }

    /** Drafts as the sender's clerk, approves as its leader, stamps as its seal custodian, confirms the send and runs the fan-out. */
    private long draftSignAndConfirm(List<UnitInfo> units) {
        signIn(sender + ".clerk");
        DocumentInfo draft = drafting.create(new Draft(
                DocumentKind.NOTICE,
                "关于做好防汛工作的通知",
                null,
                null,
                false,
                List.of(
                        new RecipientEntry(units.get(0).id(), RecipientKind.MAIN, 5),
                        new RecipientEntry(units.get(1).id(), RecipientKind.MAIN, 3),
                        new RecipientEntry(units.get(2).id(), RecipientKind.COPY, 1)),
                List.of(BodyBlock.paragraph("各村（社区）：入汛以来，请切实做好防汛各项工作。")),
                signingOrgan,
                LocalDate.now(),
                null,
                "分发测试局办公室",
                LocalDate.now()));
        issuing.submit(draft.id());
        SecurityContextHolder.clearContext();
        String approval = DocumentApprovalProcess.businessKey(draft.id());
        completeAs(
                sender + ".leader",
                approval,
                Map.of(DocumentApprovalProcess.DECISION, "approve", DocumentApprovalProcess.COMMENT, "同意"));
        completeAs(sender + ".seal", approval, Map.of("stampConfirmed", true));
        runJobs(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(approval)
                .singleResult()
                .getId());
        assertThat(issued.info(draft.id()).status()).isEqualTo(DocumentStatus.SENDING);

        String send = DocumentSendProcess.businessKey(draft.id());
        confirmedFrom = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        completeAs(sender + ".clerk", send, Map.of("sendConfirmed", true));
        confirmedTo = Instant.now().plusMillis(1);
        SendJobs.run(management, runtime, draft.id());
        return draft.id();
    }

    private void signFor(String clerk, long documentId, UnitInfo unit) throws Exception {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(DocumentReceiptProcess.businessKey(documentId, unit.id()))
                .singleResult();
        mvc.perform(post("/api/v1/tasks/" + task.getId() + "/complete")
                        .with(as(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"signFor\"}"))
                .andExpect(status().isNoContent());
    }

    private void completeAs(String username, String businessKey, Map<String, Object> variables) {
        Task task =
                tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        tasks.claim(task.getId(), username);
        tasks.complete(task.getId(), variables);
    }

    private void runJobs(String processInstanceId) {
        management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void signIn(String username) {
        SignIn.as(users, username);
    }

    private int notices(String username) {
        return jdbc.queryForObject(
                "select count(*) from notification_message where recipient_id = ?",
                Integer.class,
                organization.personByUsername(username).orElseThrow().id());
    }

    private int outboxed(String username) {
        return jdbc.queryForObject(
                "select count(*) from notification_outbox where person_id = ? and channel in " + "('EMAIL', 'SMS')",
                Integer.class,
                organization.personByUsername(username).orElseThrow().id());
    }

    private int rows(long documentId) {
        return jdbc.queryForObject(
                "select count(*) from receipt_distribution where document_id = ?", Integer.class, documentId);
    }
}
