package org.gongwen.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditLog;
import org.gongwen.document.internal.ContentStore;
import org.gongwen.document.internal.Document;
import org.gongwen.document.internal.DocumentRepository;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.PdfSigning;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archived layout files as PAdES B-LTA (A38): when a document is first archived its stored signed file
 * gets a document time-stamp over the signature and its validation data, and before that time-stamp's
 * certificate expires another one, so the seal signature stays verifiable from the file alone. The
 * stored file is replaced by the stamped one; what was signed is unchanged inside it.
 */
@Service
public class ArchiveTimeStamps {

    private final DocumentRepository documents;
    private final ContentStore contents;
    private final PdfSigning signing;
    private final PdfSignatureVerifier verifier;
    private final AuditLog audit;
    private final Clock clock;

    public ArchiveTimeStamps(
            DocumentRepository documents,
            ContentStore contents,
            PdfSigning signing,
            PdfSignatureVerifier verifier,
            AuditLog audit,
            Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.signing = signing;
        this.verifier = verifier;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed layout file as archived: with a document time-stamp, added and stored the first time.
     * No caller check: the archive module decides who may archive.
     *
     * @throws BusinessException conflict while the document is not signed
     */
    @Transactional
    public byte[] archivedLayout(long id) {
        Document document =
                documents.findById(id).orElseThrow(() -> BusinessException.notFound("document.error.notFound", id));
        if (document.getLayoutSha256() == null) {
            throw BusinessException.conflict("document.error.layoutNotSigned");
        }
        byte[] layout = layout(document);
        if (verifier.verify(layout).latestDocumentTimeStamp().isPresent()) {
            return layout;
        }
        return stamp(document, layout, "archived: document time-stamp added");
    }

    /**
     * Adds a document time-stamp to an archived layout whose last one's certificate expires before
     * {@code due}; files never archived are left alone.
     *
     * @return whether a time-stamp was added
     */
    @Transactional
    public boolean renewIfDue(long id, Instant due) {
        Document document = documents.findById(id).orElse(null);
        if (document == null || document.getLayoutSha256() == null) {
            return false;
        }
        byte[] layout = layout(document);
        Optional<X509Certificate> last =
                verifier.verify(layout).latestDocumentTimeStamp().map(PdfSignature::signerCertificate);
        if (last.isEmpty() || last.get().getNotAfter().toInstant().isAfter(due)) {
            return false;
        }
        stamp(
                document,
                layout,
                "document time-stamp renewed: the last one's certificate expires "
                        + last.get().getNotAfter().toInstant());
        return true;
    }

    private byte[] stamp(Document document, byte[] layout, String detail) {
        byte[] stamped = signing.addDocumentTimeStamp(layout);
        document.recordLayout(
                contents.put(stamped, "application/pdf"),
                document.getLayoutOfdSha256(),
                document.getSealId(),
                clock.instant());
        audit.record(AuditAction.ARCHIVE_TIME_STAMP, "document", Long.toString(document.getId()), detail);
        return stamped;
    }

    private byte[] layout(Document document) {
        return contents.get(document.getLayoutSha256())
                .orElseThrow(() -> BusinessException.notFound("document.error.layoutMissing", document.getId()));
    }
}
