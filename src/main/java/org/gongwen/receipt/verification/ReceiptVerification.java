package org.gongwen.receipt.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.SignedLayout;
import org.gongwen.organization.Role;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.LayoutInspector;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.pdf.OfdText;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.pdf.PdfSignatures;
import org.gongwen.pdf.SeparateFiles;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Sha256;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The checks a recipient sees before signing for a document (A10.1): sender unit, signature and
 * integrity, certificate, format. Reads the stored signed layout each time, so a file changed in
 * storage fails; a broken or missing file gives failed checks, never an exception. What depends on a
 * file's bytes alone is found once per file content (FileFindings), so a document sent to hundreds
 * of units is not verified once per recipient.
 */
@Service
public class ReceiptVerification {

    /** Files whose signatures and text are remembered (FileFindings): a few documents being sent at once. */
    private static final int FILES_REMEMBERED = 16;

    private final IssuedDocuments documents;
    private final PdfSignatureVerifier signatureVerifier;
    private final LayoutInspector layoutInspector;
    private final SealCertificateCheck certificateCheck;
    private final AuthenticatedUser authenticatedUser;
    private final ReceiptCheckRules rules;
    private final OfdSignatureVerifier ofdVerifier;
    private final OfdCheckRules ofdRules;
    private final FileFindings<PdfSignatures> pdfSignatures = new FileFindings<>(FILES_REMEMBERED);
    private final FileFindings<LayoutFacts> pdfFacts = new FileFindings<>(FILES_REMEMBERED);
    private final FileFindings<List<OfdSignatureCheck>> ofdSignatures = new FileFindings<>(FILES_REMEMBERED);
    private final FileFindings<List<SeparateFiles.Listed>> listedFiles = new FileFindings<>(FILES_REMEMBERED);
    private final FileFindings<LayoutFacts> ofdPages = new FileFindings<>(FILES_REMEMBERED);

    public ReceiptVerification(
            IssuedDocuments documents,
            PdfSignatureVerifier signatureVerifier,
            LayoutInspector layoutInspector,
            SealCertificateCheck certificateCheck,
            AuthenticatedUser authenticatedUser,
            CountyZone zone,
            OfdSignatureVerifier ofdVerifier) {
        this.ofdVerifier = ofdVerifier;
        this.ofdRules = new OfdCheckRules(zone.zone());
        this.documents = documents;
        this.signatureVerifier = signatureVerifier;
        this.layoutInspector = layoutInspector;
        this.certificateCheck = certificateCheck;
        this.authenticatedUser = authenticatedUser;
        this.rules = new ReceiptCheckRules(zone.zone());
    }

    /** For the recipient units, the sending unit and county-wide roles; others are told it does not exist. */
    @Secured({
        "ROLE_" + Role.Names.CLERK,
        "ROLE_" + Role.Names.LEADER,
        "ROLE_" + Role.Names.COUNTY_OFFICE,
        "ROLE_" + Role.Names.SUPERVISOR,
        "ROLE_" + Role.Names.ADMIN
    })
    public ReceiptChecks verify(long documentId) {
        DocumentInfo document = documents.info(documentId);
        SignedLayout layout = documents.signedLayout(documentId);
        requireVisible(document, layout);
        return judge(document, layout);
    }

    /**
     * The same checks for the system, with no caller: the sign-for task's listener shows them in the
     * task created by the fan-out job.
     */
    public ReceiptChecks verifyForProcess(long documentId) {
        return judge(documents.info(documentId), documents.signedLayout(documentId));
    }

    private ReceiptChecks judge(DocumentInfo document, SignedLayout layout) {
        long documentId = document.id();
        String pdfKey = layout.pdfSha256();
        PdfSignatures signatures = pdfSignatures.of(pdfKey, layout.pdf(), signatureVerifier::verify);
        LayoutFacts facts = pdfFacts.of(pdfKey, layout.pdf(), layoutInspector::inspect);
        CertificateStanding standing = signatures
                .latest()
                .filter(s -> s.signerCertificate() != null)
                .map(s -> certificateCheck.standing(s.signerCertificate(), s.signingTime()))
                .orElse(null);
        List<ReceiptCheck> checks = new ArrayList<>(rules.all(new Evidence(
                document, layout, signatures, facts, standing, changedAttachments(documentId, layout, pdfKey))));
        checks.addAll(ofdRules.all(layout.ofdSigned() ? ofdEvidence(document, layout) : null));
        return new ReceiptChecks(documentId, checks);
    }

    /** What the stored sealed OFD shows; a file that is no OFD gives unreadable evidence, never an error. */
    private OfdEvidence ofdEvidence(DocumentInfo document, SignedLayout layout) {
        String ofdKey = layout.ofdSha256();
        List<OfdSignatureCheck> signatures;
        try {
            signatures = ofdSignatures.of(ofdKey, layout.ofd(), ofdVerifier::verify);
        } catch (RuntimeException e) {
            return new OfdEvidence(document, layout, null, null, null, new LayoutFacts(false, 0, 0, ""));
        }
        OfdEvidence found = new OfdEvidence(
                document,
                layout,
                signatures,
                null,
                null,
                ofdPages.of(ofdKey, layout.ofd(), ofd -> ofdFacts(ofd, signatures)));
        OfdSignatureCheck seal = found.seal().orElse(null);
        if (seal == null || seal.signerCertificate() == null) {
            return found;
        }
        return new OfdEvidence(
                document,
                layout,
                signatures,
                certificateCheck.sm2Standing(seal.signerCertificate(), seal.signTime()),
                seal.sesSeal() == null ? null : certificateCheck.checkSesSeal(seal.sesSeal()),
                found.facts());
    }

    /** The OFD's pages and text, with the seals that show a stamp as its seal images. */
    static LayoutFacts ofdFacts(byte[] ofd, List<OfdSignatureCheck> signatures) {
        try {
            List<String> pages = OfdText.pageTexts(ofd);
            int stamps = (int) signatures.stream()
                    .filter(s -> s.type() == OfdSignatureCheck.Type.SEAL && s.place() != null)
                    .count();
            String text = String.join("", pages).replaceAll("[\\s\\u3000\\u00a0]+", "");
            return new LayoutFacts(true, pages.size(), stamps, text);
        } catch (RuntimeException e) {
            return new LayoutFacts(false, 0, 0, "");
        }
    }

    /**
     * The separate attachment files the signed layout lists whose stored bytes no longer have the listed
     * size and SHA-256 (or are gone), by name (A10.1, A11.3).
     */
    private List<String> changedAttachments(long documentId, SignedLayout layout, String pdfKey) {
        if (layout.pdf() == null) {
            return List.of();
        }
        Map<Integer, byte[]> stored = documents.attachmentFilesByNumber(documentId);
        List<String> changed = new ArrayList<>();
        for (SeparateFiles.Listed listed : listedFiles.of(pdfKey, layout.pdf(), SeparateFiles::listed)) {
            byte[] file = stored.get(listed.number());
            if (file == null
                    || file.length != listed.sizeBytes()
                    || !Sha256.hex(file).equals(listed.sha256())) {
                changed.add(listed.name());
            }
        }
        return changed;
    }

    private void requireVisible(DocumentInfo document, SignedLayout layout) {
        CurrentUser user = authenticatedUser.require();
        boolean visible = user.maySeeUnit(document.unitId())
                || user.maySeeUnit(layout.issuerUnitId())
                || document.recipients().stream().anyMatch(r -> r.unitId() == user.unitId());
        if (!visible) {
            throw BusinessException.notFound("document.error.notFound", document.id());
        }
    }
}
