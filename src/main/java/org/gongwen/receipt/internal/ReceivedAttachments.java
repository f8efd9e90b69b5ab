package org.gongwen.receipt.internal;

import static org.gongwen.organization.Role.Names.CLERK;
import static org.gongwen.organization.Role.Names.LEADER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.document.AttachmentInfo;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.pdf.SeparateFiles;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Sha256;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachments of a received document (A11.3): listed for whoever may read the document, each file
 * served to its recipient unit only and every download recorded in its history.
 */
@Service
public class ReceivedAttachments {

    private static final String OFFICE_SYSTEM = CurrentUser.OFFICE_SYSTEM;

    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final IssuedDocuments documents;
    private final AuthenticatedUser authenticatedUser;

    public ReceivedAttachments(
            ReceivingAccess access, ReceiptLog log, IssuedDocuments documents, AuthenticatedUser authenticatedUser) {
        this.access = access;
        this.log = log;
        this.documents = documents;
        this.authenticatedUser = authenticatedUser;
    }

    /** A file served: its name and media type as stored, and its bytes. */
    public record AttachmentFile(String name, String mediaType, byte[] data) {}

    /** Every attachment of received document {@code id} with how it travels and, for a separate file, its integrity. */
    @Transactional(readOnly = true)
    public List<ReceivedAttachment> list(long id) {
        Distribution d = access.readable(id, authenticatedUser.require());
        List<AttachmentInfo> attachments = documents.attachments(d.getDocumentId());
        if (attachments.isEmpty()) {
            return List.of();
        }
        Map<Integer, SeparateFiles.Listed> listed =
                SeparateFiles.listed(documents.signedLayoutFile(d.getDocumentId())).stream()
                        .collect(Collectors.toMap(SeparateFiles.Listed::number, Function.identity(), (a, b) -> a));
        Map<Integer, byte[]> stored =
                listed.isEmpty() ? Map.of() : documents.attachmentFilesByNumber(d.getDocumentId());
        String sender = d.getSenderName();
        List<ReceivedAttachment> result = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentInfo a = attachments.get(i);
            int number = i + 1;
            SeparateFiles.Listed entry = listed.get(number);
            if (a.paperOnly()) {
                result.add(received(a, number, ReceivedAttachment.Carriage.PAPER, null, sender));
            } else if (entry != null) {
                byte[] file = stored.get(number);
                boolean intact = file != null
                        && file.length == entry.sizeBytes()
                        && Sha256.hex(file).equals(entry.sha256());
                result.add(received(a, number, ReceivedAttachment.Carriage.SEPARATE_FILE, intact, null));
            } else {
                ReceivedAttachment.Carriage carriage = laidOut(a)
                        ? ReceivedAttachment.Carriage.LAYOUT_PAGES
                        : ReceivedAttachment.Carriage.SEPARATE_FILE;
                result.add(received(a, number, carriage, null, null));
            }
        }
        return result;
    }

    /**
     * The file of an electronic attachment, for the recipient unit only (as the layout file's download);
     * recorded as a download, or as an office-system read, naming the attachment.
     */
    @Transactional
    @Secured({"ROLE_" + CLERK, "ROLE_" + LEADER, "ROLE_" + OFFICE_SYSTEM})
    public AttachmentFile file(long id, long attachmentId, String clientAddress) {
        CurrentUser caller = authenticatedUser.require();
        Distribution d = access.ownReceived(id, caller);
        AttachmentInfo attachment = documents.attachments(d.getDocumentId()).stream()
                .filter(a -> a.id() == attachmentId && !a.paperOnly())
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("receipt.error.attachmentNotFound", attachmentId));
        byte[] data = documents
                .attachmentFile(d.getDocumentId(), attachmentId)
                .orElseThrow(() -> BusinessException.notFound("receipt.error.attachmentNotFound", attachmentId));
        log.record(
                id,
                caller.isOfficeSystem() ? ReceiptEventType.INTERFACE_READ : ReceiptEventType.DOWNLOADED,
                caller.username(),
                clientAddress,
                "附件：" + attachment.name());
        return new AttachmentFile(attachment.name(), attachment.mediaType(), data);
    }

    private static ReceivedAttachment received(
            AttachmentInfo a, int number, ReceivedAttachment.Carriage carriage, Boolean intact, String deliveredBy) {
        return new ReceivedAttachment(
                a.id(), number, a.name(), a.mediaType(), a.sizeBytes(), carriage, intact, deliveredBy);
    }

    private static boolean laidOut(AttachmentInfo a) {
        return "application/pdf".equals(a.mediaType())
                || "application/vnd.openxmlformats-officedocument.wordprocessingml.document".equals(a.mediaType());
    }
}
