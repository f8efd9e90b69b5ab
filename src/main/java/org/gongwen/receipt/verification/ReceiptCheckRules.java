package org.gongwen.receipt.verification;

import static org.gongwen.receipt.verification.ReceiptCheck.failed;
import static org.gongwen.receipt.verification.ReceiptCheck.passed;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.SignedLayout;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.PdfSignature;
import org.gongwen.receipt.verification.ReceiptCheck.Terms;
import org.gongwen.seal.CertificateStanding;

/** Turns the evidence into the four checks of A10.1; never throws for a broken or missing file. */
final class ReceiptCheckRules {

    private static final String NO_LAYOUT = "receiptCheck.noLayout";
    private static final String UNKNOWN = "?";

    private final DateTimeFormatter time;

    ReceiptCheckRules(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    List<ReceiptCheck> all(Evidence evidence) {
        return List.of(sender(evidence), signature(evidence), certificate(evidence), elements(evidence));
    }

    ReceiptCheck sender(Evidence e) {
        if (!e.layout().signed()) {
            return failed(ReceiptCheckCode.SENDER, NO_LAYOUT);
        }
        return sender(ReceiptCheckCode.SENDER, "receiptCheck.sender", e.layout(), e.standing(), null);
    }

    /**
     * A10.1's sender check, the same on either format: the signer's certificate names the issuing unit and
     * belongs to a seal registered to it (the one recorded at stamping, if any).
     *
     * @param keys     the prefix of the format's own messages ({@code .noSigner}, {@code .ok})
     * @param sealName the seal's name as the file shows it, null to name the registered seal
     */
    static ReceiptCheck sender(
            ReceiptCheckCode code, String keys, SignedLayout layout, CertificateStanding standing, String sealName) {
        if (standing == null) {
            return failed(code, keys + ".noSigner");
        }
        if (!layout.issuerCode().equals(standing.unitCode())) {
            return failed(
                    code,
                    "receiptCheck.sender.otherUnit",
                    orUnknown(standing.unitName()),
                    orUnknown(standing.unitCode()),
                    layout.issuerName(),
                    layout.issuerCode());
        }
        boolean sealOfIssuer = standing.sealId() != null
                && standing.sealUnitId() == layout.issuerUnitId()
                && (layout.sealId() == null || layout.sealId().equals(standing.sealId()));
        if (!sealOfIssuer) {
            return failed(code, "receiptCheck.sender.unknownSeal", layout.issuerName());
        }
        return passed(
                code,
                keys + ".ok",
                layout.issuerName(),
                layout.issuerCode(),
                orUnknown(sealName == null ? standing.sealName() : sealName));
    }

    ReceiptCheck signature(Evidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.SIGNATURE;
        if (!e.layout().signed()) {
            return failed(code, NO_LAYOUT);
        }
        if (!e.signatures().readable()) {
            return failed(code, "receiptCheck.signature.unreadable");
        }
        if (!e.signatures().signed()) {
            return failed(code, "receiptCheck.signature.none");
        }
        if (e.signatures().signatures().stream().anyMatch(s -> !s.integrityValid())) {
            return failed(code, "receiptCheck.signature.broken");
        }
        PdfSignature latest = e.signature().orElseThrow();
        if (!latest.coversWholeDocument()) {
            return failed(code, "receiptCheck.signature.changedAfter");
        }
        if (!e.layout().matchesRecordedHash()) {
            return failed(code, "receiptCheck.signature.storeMismatch");
        }
        if (!e.changedAttachments().isEmpty()) {
            return failed(code, "receiptCheck.signature.attachmentChanged", String.join("、", e.changedAttachments()));
        }
        return passed(
                code,
                "receiptCheck.signature.ok",
                format(latest.signingTime()),
                e.layout().recordedSha256().substring(0, 16));
    }

    ReceiptCheck certificate(Evidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.CERTIFICATE;
        if (!e.layout().signed()) {
            return failed(code, NO_LAYOUT);
        }
        CertificateStanding standing = e.standing();
        if (standing == null) {
            return failed(code, "receiptCheck.certificate.none");
        }
        if (!standing.issuedByCountyCa()) {
            return failed(code, "receiptCheck.certificate.foreign");
        }
        PdfSignature signature = e.signature().orElseThrow();
        Instant signedAt = signature.signingTime();
        if (signedAt == null) {
            return failed(code, "receiptCheck.certificate.noTime");
        }
        if (!standing.validAtSigning()) {
            X509Certificate certificate = signature.signerCertificate();
            return failed(
                    code,
                    "receiptCheck.certificate.notValid",
                    format(signedAt),
                    format(certificate.getNotBefore().toInstant()),
                    format(certificate.getNotAfter().toInstant()));
        }
        if (standing.revokedBeforeSigning()) {
            return failed(
                    code, "receiptCheck.certificate.revokedBefore", format(signedAt), format(standing.revokedAt()));
        }
        if (standing.revoked()) {
            return passed(
                    code, "receiptCheck.certificate.revokedLater", format(signedAt), format(standing.revokedAt()));
        }
        return passed(code, "receiptCheck.certificate.ok", format(signedAt));
    }

    ReceiptCheck elements(Evidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.ELEMENTS;
        if (!e.layout().signed()) {
            return failed(code, NO_LAYOUT);
        }
        LayoutFacts facts = e.facts();
        if (!facts.readable() || facts.pages() < 1) {
            return failed(code, "receiptCheck.elements.unreadable");
        }
        List<String> missing = missingElements(e.document(), e.layout(), facts);
        if (!missing.isEmpty()) {
            return failed(code, "receiptCheck.elements.missing", new Terms(missing));
        }
        return passed(code, "receiptCheck.elements.ok", String.valueOf(facts.pages()));
    }

    /** The elements A10.1's format check asks for: recorded on the document and shown by the file. */
    enum Element {
        RED_HEADER,
        DOC_NUMBER,
        TITLE,
        BODY,
        SIGNING_ORGAN,
        DATE,
        SEAL
    }

    /** The message keys of the elements missing from the file, in {@link Element} order. */
    static List<String> missingElements(DocumentInfo document, SignedLayout layout, LayoutFacts facts) {
        List<String> missing = new ArrayList<>();
        for (Element element : Element.values()) {
            if (!present(element, document, layout, facts)) {
                missing.add("receiptCheck.element." + element.name());
            }
        }
        return missing;
    }

    private static boolean present(Element element, DocumentInfo document, SignedLayout layout, LayoutFacts facts) {
        return switch (element) {
            case RED_HEADER -> facts.mentions(layout.redHeader());
            case DOC_NUMBER -> facts.mentions(document.docNumber());
            case TITLE -> facts.mentions(document.title());
            case BODY ->
                document.hasBodyPdf()
                        || document.body().stream().anyMatch(b -> !b.text().isBlank());
            case SIGNING_ORGAN -> facts.mentions(document.signingOrgan());
            // without a recorded date the layout printed the day of signing, which the record does not keep
            case DATE -> document.date() == null ? facts.mentionsADate() : facts.mentions(document.date());
            case SEAL -> layout.sealId() != null && facts.sealImages() > 0;
        };
    }

    private String format(Instant instant) {
        return instant == null ? UNKNOWN : time.format(instant);
    }

    static String orUnknown(String s) {
        return Objects.requireNonNullElse(s, UNKNOWN);
    }
}
