package org.gongwen.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gongwen.document.BodyBlock;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentKind;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.internal.AttachmentUpload;
import org.gongwen.document.internal.DocumentIssuing;
import org.gongwen.document.internal.DocumentService;
import org.gongwen.document.internal.Draft;
import org.gongwen.document.process.DocumentApprovalProcess;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.support.OwnUnits.Issuer;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Takes a document from draft to the sender's confirmation task through the real services and
 * processes: drafted by {@code <login>.clerk}, approved by {@code <login>.leader}, stamped by
 * {@code <login>.seal}, signed by the asynchronous job. A call that names no sender sends as the
 * chain's own unit ({@link #sender()}), made with its seal the first time it is needed, so no test
 * leaves tasks or documents in a demo unit's rows.
 */
public final class DocumentChain {

    /** The body of every notice the chain drafts unless a test gives its own. */
    private static final List<BodyBlock> BODY = List.of(BodyBlock.paragraph("各单位：请按要求认真落实。"));

    private final DocumentService drafting;
    private final DocumentIssuing issuing;
    private final ProcessEngine engine;
    private final UserDetailsService users;
    private final OwnUnits units;
    private Issuer sender;

    /**
     * With these services; {@code units} makes the default sender (null: every call must name its
     * sender).
     */
    public DocumentChain(
            DocumentService drafting,
            DocumentIssuing issuing,
            ProcessEngine engine,
            UserDetailsService users,
            OwnUnits units) {
        this.drafting = drafting;
        this.issuing = issuing;
        this.engine = engine;
        this.users = users;
        this.units = units;
    }

    /** With the services of the shared test context (or of another running system). */
    public static DocumentChain in(ApplicationContext context) {
        return new DocumentChain(
                context.getBean(DocumentService.class),
                context.getBean(DocumentIssuing.class),
                context.getBean(ProcessEngine.class),
                context.getBean(UserDetailsService.class),
                OwnUnits.in(context));
    }

    /**
     * The unit that sends whatever this chain drafts without naming a sender: one of the chain's own
     * with clerk, leader, seal custodian and an active seal, made on first use.
     */
    public Issuer sender() {
        if (sender == null) {
            if (units == null) {
                throw new IllegalStateException("a chain without OwnUnits has no sender of its own");
            }
            sender = units.freshIssuer("DC", "清河县发文测试局");
        }
        return sender;
    }

    public long signedAndAwaitingConfirmation(String title, List<RecipientEntry> recipients) {
        return signedAndAwaitingConfirmation(
                sender().login(), sender().organ(), title, recipients, BODY, LocalDate.now());
    }

    /** With {@code body} and {@code date} (null: the day of signing). */
    public long signedAndAwaitingConfirmation(
            String title, List<RecipientEntry> recipients, List<BodyBlock> body, LocalDate date) {
        return signedAndAwaitingConfirmation(sender().login(), sender().organ(), title, recipients, body, date);
    }

    /**
     * The same for another unit with an active seal whose people are {@code <login>.clerk},
     * {@code <login>.leader} and {@code <login>.seal} (the seal's custodian).
     */
    public long signedAndAwaitingConfirmation(
            String login, String signingOrgan, String title, List<RecipientEntry> recipients) {
        return signedAndAwaitingConfirmation(login, signingOrgan, title, recipients, BODY, LocalDate.now());
    }

    /** With {@code attachments} added to the draft before it is submitted. */
    public long signedAndAwaitingConfirmation(
            String title, List<RecipientEntry> recipients, List<AttachmentUpload> attachments) {
        return signedAndAwaitingConfirmation(
                sender().login(), sender().organ(), title, recipients, BODY, LocalDate.now(), attachments);
    }

    /** As another unit, with {@code body} and {@code date} (null: the day of signing). */
    public long signedAndAwaitingConfirmation(
            String login,
            String signingOrgan,
            String title,
            List<RecipientEntry> recipients,
            List<BodyBlock> body,
            LocalDate date) {
        return signedAndAwaitingConfirmation(login, signingOrgan, title, recipients, body, date, List.of());
    }

    /** As another unit, with {@code attachments} added to the draft before it is submitted. */
    public long signedAndAwaitingConfirmation(
            String login,
            String signingOrgan,
            String title,
            List<RecipientEntry> recipients,
            List<AttachmentUpload> attachments) {
        return signedAndAwaitingConfirmation(
                login, signingOrgan, title, recipients, BODY, LocalDate.now(), attachments);
    }

    private long signedAndAwaitingConfirmation(
            String login,
            String signingOrgan,
            String title,
            List<RecipientEntry> recipients,
            List<BodyBlock> body,
            LocalDate date,
            List<AttachmentUpload> attachments) {
        long documentId = submitted(login, signingOrgan, title, recipients, body, date, attachments);
        String approval = DocumentApprovalProcess.businessKey(documentId);
        complete(login + ".leader", approval, Map.of("decision", "approve"));
        complete(login + ".seal", approval, Map.of("stampConfirmed", true));
        engine.getManagementService()
                .createJobQuery()
                .processInstanceId(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(approval)
                        .singleResult()
                        .getId())
                .list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return documentId;
    }

    /**
     * {@code <login>.clerk} drafts a notice to {@code recipients} and submits it: the document waits for
     * 分管领导核准. Tests that leave it waiting end its approval with {@link #stopApproval}.
     */
    public long submitted(String login, String signingOrgan, String title, List<RecipientEntry> recipients) {
        return submitted(login, signingOrgan, title, recipients, BODY, LocalDate.now(), List.of());
    }

    /** Ends a document's approval that a test left waiting, so no other test sees it waiting. */
    public void stopApproval(long documentId) {
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(DocumentApprovalProcess.businessKey(documentId))
                .list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }

    private long submitted(
            String login,
            String signingOrgan,
            String title,
            List<RecipientEntry> recipients,
            List<BodyBlock> body,
            LocalDate date,
            List<AttachmentUpload> attachments) {
        SignIn.as(users, login + ".clerk");
        try {
            DocumentInfo draft = drafting.create(new Draft(
                    DocumentKind.NOTICE,
                    title,
                    null,
                    null,
                    false,
                    recipients,
                    body,
                    signingOrgan,
                    date,
                    null,
                    null,
                    null));
            for (AttachmentUpload attachment : attachments) {
                drafting.attach(draft.id(), attachment);
            }
            issuing.submit(draft.id());
            return draft.id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The chain's sender's clerk confirms the send, and the fan-out runs as the job executor would. */
    public void confirmAndSend(long documentId) {
        confirmAndSend(sender().login(), documentId);
    }

    /** The same for a document of another unit, confirmed by {@code <login>.clerk}. */
    public void confirmAndSend(String login, long documentId) {
        complete(login + ".clerk", DocumentSendProcess.businessKey(documentId), Map.of("sendConfirmed", true));
        SendJobs.run(engine.getManagementService(), engine.getRuntimeService(), documentId);
    }

    /**
     * The chain's sender's clerk confirms the send, and nothing more runs: the fan-out waits in one job
     * per batch of recipients ({@link SendJobs#ofSend}).
     */
    public void confirmOnly(long documentId) {
        complete(
                sender().login() + ".clerk",
                DocumentSendProcess.businessKey(documentId),
                Map.of("sendConfirmed", true));
    }

    /**
     * Another unit with an active seal (as {@link #signedAndAwaitingConfirmation(String, String, String, List)})
     * signs a notice to one unit with a print quota and sends it; returns the document's id.
     */
    public long sentTo(String login, String signingOrgan, long unitId, int quota, String title) {
        long documentId = signedAndAwaitingConfirmation(
                login, signingOrgan, title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, quota)));
        confirmAndSend(login, documentId);
        return documentId;
    }

    /** The chain's sender signs a notice to one unit with a print quota and sends it; returns the document's id. */
    public long sentTo(long unitId, int quota, String title) {
        long documentId =
                signedAndAwaitingConfirmation(title, List.of(new RecipientEntry(unitId, RecipientKind.MAIN, quota)));
        confirmAndSend(documentId);
        return documentId;
    }

    public void complete(String username, String businessKey, Map<String, Object> variables) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult();
        engine.getTaskService().claim(task.getId(), username);
        engine.getTaskService().complete(task.getId(), variables);
    }
}
