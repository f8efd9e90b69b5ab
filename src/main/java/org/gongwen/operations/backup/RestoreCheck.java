package org.gongwen.operations.backup;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.audit.AuditLog;
import org.gongwen.audit.AuditVerification;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.SignedLayout;
import org.gongwen.organization.Role;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * What to run after restoring a backup (and at any time): the audit log's hash chain is unbroken,
 * and every signed document's stored layout file is the one that was signed, its newest signature
 * intact and covering the whole file.
 */
@Service
public class RestoreCheck {

    private final AuditLog audit;
    private final IssuedDocuments documents;
    private final PdfSignatureVerifier signatures;

    RestoreCheck(AuditLog audit, IssuedDocuments documents, PdfSignatureVerifier signatures) {
        this.audit = audit;
        this.documents = documents;
        this.signatures = signatures;
    }

    /** @param documentsFailed the documents whose stored file is missing, altered or no longer validly signed */
    public record Result(AuditVerification auditChain, int documentsChecked, List<Long> documentsFailed) {

        public boolean ok() {
            return auditChain.ok() && documentsFailed.isEmpty();
        }
    }

    @Secured("ROLE_" + Role.Names.ADMIN)
    public Result run() {
        AuditVerification chain = audit.verify();
        List<Long> ids = documents.signedIds();
        List<Long> failed = new ArrayList<>();
        for (long id : ids) {
            if (!intact(documents.signedLayout(id))) {
                failed.add(id);
            }
        }
        return new Result(chain, ids.size(), failed);
    }

    private boolean intact(SignedLayout layout) {
        return layout.signed()
                && layout.matchesRecordedHash()
                && signatures
                        .verify(layout.pdf())
                        .latest()
                        .map(PdfSignature::valid)
                        .orElse(false);
    }
}
