package org.gongwen.receipt.verification;

import java.util.List;
import java.util.Optional;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.SignedLayout;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatures;
import org.gongwen.seal.CertificateStanding;

/**
 * What the checks judge: the document record, its stored layout, what the file shows and how the
 * signer's certificate stands. {@code standing} is null when the file names no signer.
 */
record Evidence(
        DocumentInfo document,
        SignedLayout layout,
        PdfSignatures signatures,
        LayoutFacts facts,
        CertificateStanding standing,
        List<String> changedAttachments) {

    /** Without separate attachment files to check. */
    Evidence(
            DocumentInfo document,
            SignedLayout layout,
            PdfSignatures signatures,
            LayoutFacts facts,
            CertificateStanding standing) {
        this(document, layout, signatures, facts, standing, List.of());
    }

    Evidence {
        changedAttachments = List.copyOf(changedAttachments);
    }

    /** The signature the checks rely on: the newest, which must cover the whole file. */
    Optional<PdfSignature> signature() {
        return signatures.latest();
    }
}
