package org.gongwen.receipt.verification;

import static org.gongwen.receipt.verification.ReceiptCheck.failed;
import static org.gongwen.receipt.verification.ReceiptCheck.passed;
import static org.gongwen.receipt.verification.ReceiptCheckRules.orUnknown;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.receipt.verification.ReceiptCheck.Terms;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.seal.SesSealCheck;

/**
 * The four checks of A10.1 on the sealed OFD, beside the PDF's: sender, seal signature and integrity,
 * SM2 certificate and electronic seal, elements. A document issued before OFD layouts existed has none:
 * its OFD checks are not applicable (shown, never failing). Never throws for a broken file.
 */
final class OfdCheckRules {

    static final List<ReceiptCheckCode> CODES = List.of(
            ReceiptCheckCode.OFD_SENDER,
            ReceiptCheckCode.OFD_SIGNATURE,
            ReceiptCheckCode.OFD_CERTIFICATE,
            ReceiptCheckCode.OFD_ELEMENTS);
    private static final String UNKNOWN = "?";

    private final DateTimeFormatter time;

    OfdCheckRules(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The four OFD checks; {@code evidence} null when the document has no OFD. */
    List<ReceiptCheck> all(OfdEvidence evidence) {
        if (evidence == null) {
            return CODES.stream().map(ReceiptCheck::notApplicable).toList();
        }
        return List.of(sender(evidence), signature(evidence), certificate(evidence), elements(evidence));
    }

    ReceiptCheck sender(OfdEvidence e) {
        return ReceiptCheckRules.sender(
                ReceiptCheckCode.OFD_SENDER,
                "receiptCheck.ofd.sender",
                e.layout(),
                e.standing(),
                e.seal().map(OfdSignatureCheck::sealName).orElse(null));
    }

    ReceiptCheck signature(OfdEvidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.OFD_SIGNATURE;
        if (!e.readable()) {
            return failed(code, "receiptCheck.ofd.unreadable");
        }
        if (e.seal().isEmpty()) {
            return failed(code, "receiptCheck.ofd.signature.none");
        }
        for (OfdSignatureCheck signature : e.signatures()) {
            if (!signature.intact()) {
                return failed(code, "receiptCheck.ofd.signature.broken", orUnknown(signature.failure()));
            }
        }
        if (!e.layout().ofdMatchesRecordedHash()) {
            return failed(code, "receiptCheck.signature.storeMismatch");
        }
        return passed(
                code,
                "receiptCheck.ofd.signature.ok",
                format(e.seal().orElseThrow().signTime()),
                e.layout().ofdRecordedSha256().substring(0, 16));
    }

    ReceiptCheck certificate(OfdEvidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.OFD_CERTIFICATE;
        CertificateStanding standing = e.standing();
        if (standing == null) {
            return failed(code, "receiptCheck.certificate.none");
        }
        OfdSignatureCheck seal = e.seal().orElseThrow();
        if (!standing.issuedByCountyCa()) {
            return failed(
                    code,
                    "receiptCheck.ofd.certificate.foreign",
                    seal.signerCertificate().getIssuerX500Principal().getName());
        }
        Instant signedAt = seal.signTime();
        if (signedAt == null) {
            return failed(code, "receiptCheck.certificate.noTime");
        }
        if (!standing.validAtSigning()) {
            return failed(
                    code,
                    "receiptCheck.certificate.notValid",
                    format(signedAt),
                    format(seal.signerCertificate().getNotBefore().toInstant()),
                    format(seal.signerCertificate().getNotAfter().toInstant()));
        }
        if (standing.revokedBeforeSigning()) {
            return failed(
                    code, "receiptCheck.certificate.revokedBefore", format(signedAt), format(standing.revokedAt()));
        }
        SesSealCheck sesSeal = e.sesSeal();
        if (sesSeal == null || !sesSeal.valid()) {
            return failed(
                    code,
                    "receiptCheck.ofd.certificate.sesSeal",
                    sesSeal == null ? UNKNOWN : orUnknown(sesSeal.reason()));
        }
        boolean sealValidAtSigning = (sesSeal.validStart() == null || !signedAt.isBefore(sesSeal.validStart()))
                && (sesSeal.validEnd() == null || !signedAt.isAfter(sesSeal.validEnd()));
        if (!sealValidAtSigning) {
            return failed(
                    code,
                    "receiptCheck.ofd.certificate.sesSealNotValid",
                    format(signedAt),
                    format(sesSeal.validStart()),
                    format(sesSeal.validEnd()));
        }
        if (standing.revoked()) {
            return passed(
                    code, "receiptCheck.ofd.certificate.revokedLater", format(signedAt), format(standing.revokedAt()));
        }
        return passed(code, "receiptCheck.ofd.certificate.ok", format(signedAt), orUnknown(sesSeal.maker()));
    }

    ReceiptCheck elements(OfdEvidence e) {
        ReceiptCheckCode code = ReceiptCheckCode.OFD_ELEMENTS;
        LayoutFacts facts = e.facts();
        if (!e.readable() || !facts.readable() || facts.pages() < 1) {
            return failed(code, "receiptCheck.ofd.unreadable");
        }
        List<String> missing = ReceiptCheckRules.missingElements(e.document(), e.layout(), facts);
        if (!missing.isEmpty()) {
            return failed(code, "receiptCheck.elements.missing", new Terms(missing));
        }
        return passed(code, "receiptCheck.elements.ok", String.valueOf(facts.pages()));
    }

    private String format(Instant instant) {
        return instant == null ? UNKNOWN : time.format(instant);
    }
}
