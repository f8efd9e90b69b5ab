package org.gongwen.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gongwen.document.internal.ContentStore;
import org.gongwen.document.internal.Document;
import org.gongwen.document.internal.DocumentAttachment;
import org.gongwen.document.internal.DocumentLayouts;
import org.gongwen.document.internal.DocumentRepository;
import org.gongwen.document.internal.StoredDocuments;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransactionScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued documents as other modules read them (receiving, archive, restore checks). No caller check:
 * each calling module decides who may see what it shows.
 */
@Service
public class IssuedDocuments {

    /** The media type of OFD files (GB/T 33190). */
    public static final String OFD_MEDIA_TYPE = "application/ofd";

    private final DocumentRepository documents;
    private final StoredDocuments stored;
    private final ContentStore contents;

    IssuedDocuments(DocumentRepository documents, StoredDocuments stored, ContentStore contents) {
        this.documents = documents;
        this.stored = stored;
        this.contents = contents;
    }

    /** The whole document, its body parsed: for what needs the body; else {@link #headline}. */
    @Transactional(readOnly = true)
    public DocumentInfo info(long id) {
        return stored.info(stored.require(id));
    }

    /** Title, number and kind only: cheap enough to call once per recipient of a large send. */
    @Transactional(readOnly = true)
    public DocumentHeadline headline(long id) {
        return documents.findHeadline(id).orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
    }

    /** The attachments as listed, without reading the body. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(long id) {
        return stored.require(id).attachmentInfos();
    }

    /** The recipients only, without reading the body: what the fan-out asks for once per batch. */
    @Transactional(readOnly = true)
    public List<RecipientEntry> recipients(long id) {
        if (!documents.existsById(id)) {
            throw BusinessException.notFound("document.error.notFound", id);
        }
        return documents.findRecipientEntries(id);
    }

    /**
     * The copies the sender's printing plan (the recipients in order) gives the recipients before
     * {@code unitId}; empty when the unit is not a recipient. A fan-out asks it once per recipient,
     * so the plan is read once per transaction: an issued document's recipients do not change.
     */
    @Transactional(readOnly = true)
    public OptionalInt copiesPlannedBefore(long id, long unitId) {
        Map<Long, Integer> plan = TransactionScoped.get("copy-plan-" + id, () -> copiesBeforeEachRecipient(id));
        Integer before = plan.get(unitId);
        return before == null ? OptionalInt.empty() : OptionalInt.of(before);
    }

    private Map<Long, Integer> copiesBeforeEachRecipient(long id) {
        Map<Long, Integer> plan = new HashMap<>();
        int before = 0;
        for (RecipientEntry recipient : documents.findRecipientEntries(id)) {
            plan.putIfAbsent(recipient.unitId(), before);
            before += recipient.printQuota();
        }
        return plan;
    }

    /** The copies the sender's printing plan gives all recipients together. */
    @Transactional(readOnly = true)
    public int copiesPlanned(long id) {
        return (int) documents.findCopiesPlanned(id);
    }

    /**
     * The stored signed layout and its issuer, for the recipient's checks before signing for (A10.1);
     * the issuer is read from the document's columns, its body is not parsed.
     */
    @Transactional(readOnly = true)
    public SignedLayout signedLayout(long id) {
        Document document = stored.require(id);
        UnitInfo issuer = stored.issuer(document);
        return new SignedLayout(
                id,
                contents.get(document.getLayoutSha256()).orElse(null),
                document.getLayoutSha256(),
                issuer.id(),
                issuer.code(),
                issuer.fullName(),
                DocumentLayouts.redHeader(issuer),
                document.getSealId(),
                document.getLayoutOfdSha256() == null
                        ? null
                        : contents.get(document.getLayoutOfdSha256()).orElse(null),
                document.getLayoutOfdSha256());
    }

    /**
     * The content keys of the signed PDF and OFD, without reading them: they change whenever the
     * document is stamped again, so what was judged of the files under the same keys still speaks of them.
     */
    @Transactional(readOnly = true)
    public String signedLayoutKeys(long id) {
        Document document = stored.require(id);
        return document.getLayoutSha256() + "/" + document.getLayoutOfdSha256();
    }

    /** The signed layout file (版式文件) as stored. Refused while the document is not yet signed. */
    @Transactional(readOnly = true)
    public byte[] signedLayoutFile(long id) {
        return file(id, stored.require(id).getLayoutSha256());
    }

    /** The sealed OFD layout file as stored; refused while there is none (not yet stamped, or stamped before OFD). */
    @Transactional(readOnly = true)
    public byte[] signedOfdFile(long id) {
        return file(id, stored.require(id).getLayoutOfdSha256());
    }

    private byte[] file(long id, String sha256) {
        if (sha256 == null) {
            throw BusinessException.conflict("document.error.layoutNotSigned");
        }
        return contents.get(sha256).orElseThrow(() -> BusinessException.notFound("document.error.layoutMissing", id));
    }

    /**
     * The stored files of the electronic attachments by their number in the 附件说明 (from 1), for the
     * recipient's checks against the digests the signed layout lists.
     */
    @Transactional(readOnly = true)
    public Map<Integer, byte[]> attachmentFilesByNumber(long id) {
        Map<Integer, byte[]> files = new HashMap<>();
        List<DocumentAttachment> attachments = stored.require(id).getAttachments();
        for (int i = 0; i < attachments.size(); i++) {
            int number = i + 1;
            contents.get(attachments.get(i).getContentSha256()).ifPresent(data -> files.put(number, data));
        }
        return files;
    }

    /** The stored file of electronic attachment {@code attachmentId} of document {@code id}; empty for one on paper or of another document. */
    @Transactional(readOnly = true)
    public Optional<byte[]> attachmentFile(long id, long attachmentId) {
        return stored.require(id).getAttachments().stream()
                .filter(a -> a.getId() != null && a.getId() == attachmentId && a.getContentSha256() != null)
                .findFirst()
                .flatMap(a -> contents.get(a.getContentSha256()));
    }

    /** The documents sent in {@code [from, to)} by their send time, oldest first: what an archive period holds (A38). */
    @Transactional(readOnly = true)
    public List<Long> sentBetween(Instant from, Instant to) {
        return documents.findIdsByStatusSentBetween(DocumentStatus.SENT, from, to);
    }

    /** Every document with a signed layout file, oldest first: what a check after restoring a backup verifies. */
    @Transactional(readOnly = true)
    public List<Long> signedIds() {
        return documents.findIdsOfSigned();
    }
}
