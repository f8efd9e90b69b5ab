package org.gongwen.document;

import java.time.LocalDate;
import org.gongwen.document.internal.ContentStore;
import org.gongwen.document.internal.Document;
import org.gongwen.document.internal.DocumentLayouts;
import org.gongwen.document.internal.DocumentRepository;
import org.gongwen.document.internal.StoredDocuments;
import org.gongwen.pdf.OfdPrintCopies;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.PrintCopies;
import org.gongwen.seal.CopyCountersigning;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Print files of a signed document (A11.2) for the receipt module, which checks the caller and takes
 * the copy number; nothing here counts or checks who prints.
 */
@Service
public class DocumentPrints {

    private final DocumentRepository documents;
    private final StoredDocuments stored;
    private final DocumentLayouts layouts;
    private final ContentStore contents;
    private final PrintCopies printCopies;
    private final OfdPrintCopies ofdPrintCopies;
    private final CopyCountersigning countersigning;
    private final CountyZone zone;
    private final PdfSignatureVerifier signatures;

    public DocumentPrints(
            DocumentRepository documents,
            StoredDocuments stored,
            DocumentLayouts layouts,
            ContentStore contents,
            PrintCopies printCopies,
            OfdPrintCopies ofdPrintCopies,
            CopyCountersigning countersigning,
            CountyZone zone,
            PdfSignatureVerifier signatures) {
        this.ofdPrintCopies = ofdPrintCopies;
        this.countersigning = countersigning;
        this.documents = documents;
        this.stored = stored;
        this.layouts = layouts;
        this.contents = contents;
        this.printCopies = printCopies;
        this.zone = zone;
        this.signatures = signatures;
    }

    /**
     * The signed layout with {@code copyNumber} as its 份号, red header and seal as signed, countersigned
     * over the whole copy by the county system (so a changed 份号 is detected).
     *
     * @throws BusinessException not found, or conflict while the document is not signed
     * @throws IllegalArgumentException when {@code copyNumber} is below 1 or longer than six digits
     */
    @Transactional(readOnly = true)
    public byte[] officialCopy(long documentId, int copyNumber) {
        Document document = signed(documentId);
        byte[] layout = contents.get(document.getLayoutSha256())
                .orElseThrow(() -> new IllegalStateException(
                        "the signed layout of document " + documentId + " is missing from the content store"));
        return printCopies.officialCopy(layout, copyNumber, countersigning.signer(), countersigning.location());
    }

    /**
     * The stored sealed OFD with {@code copyNumber} as its 份号 (drawn on page 1, outside what the seal protects),
     * countersigned over the whole package by the county system (so a changed 份号 is detected).
     *
     * @throws BusinessException not found, or conflict while the document is not signed or has no OFD (stamped
     *                           before OFD was written)
     * @throws IllegalArgumentException when {@code copyNumber} is below 1 or longer than six digits
     */
    @Transactional(readOnly = true)
    public byte[] officialOfdCopy(long documentId, int copyNumber) {
        Document document = signed(documentId);
        if (document.getLayoutOfdSha256() == null) {
            throw BusinessException.conflict("documentPrint.error.noOfd", document.getTitle());
        }
        byte[] ofd = contents.get(document.getLayoutOfdSha256())
                .orElseThrow(() -> new IllegalStateException(
                        "the sealed OFD of document " + documentId + " is missing from the content store"));
        return ofdPrintCopies.officialCopy(ofd, copyNumber, countersigning.ofdCountersigner());
    }

    /**
     * A copy beyond the quota: laid out again from the stored document as it was signed, without red
     * header, seal image or 份号 (the seal's place kept, so its pages break as the signed file's), and
     * marked on every page as having no legal force.
     *
     * @throws BusinessException not found, or conflict while the document is not signed
     */
    @Transactional(readOnly = true)
    public byte[] unofficialCopy(long documentId) {
        Document document = signed(documentId);
        DocumentInfo info = stored.info(document);
        return DocumentLayouts.printable(() -> printCopies.unofficialCopy(layouts.officialDocument(
                info,
                stored.bodyPdf(document),
                stored.attachmentFiles(document),
                layouts.sealPlace(info, document.getSealId()),
                signingDay(document))));
    }

    private Document signed(long documentId) {
        Document document = documents
                .findById(documentId)
                .orElseThrow(() -> BusinessException.notFound("document.error.notFound", documentId));
        if (document.getLayoutSha256() == null) {
            throw BusinessException.conflict("documentPrint.error.notSigned", document.getTitle());
        }
        return document;
    }

    /**
     * A document without a date carries the day it was signed: the seal signature's (time-stamped) time,
     * else the day its signed layout was stored; archiving stores the file again, with a document time-stamp.
     */
    private LocalDate signingDay(Document document) {
        return contents.get(document.getLayoutSha256())
                .flatMap(pdf -> signatures.verify(pdf).latest())
                .map(PdfSignature::signingTime)
                .or(() -> contents.storedAt(document.getLayoutSha256()))
                .map(zone::dateOf)
                .orElseThrow();
    }
}
