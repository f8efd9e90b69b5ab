package org.gongwen.receipt.verification;

import java.util.List;
import java.util.Optional;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.SignedLayout;
import org.gongwen.pdf.LayoutFacts;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.seal.SesSealCheck;

/**
 * What the OFD checks judge: the stored sealed OFD's signatures as the verifier found them ({@code null}
 * when the file is no OFD), the issuer's seal signature among them, how its SM2 certificate stands, what
 * checking its SES_Seal found, and the OFD's text. {@code standing} and {@code sesSeal} are null without
 * a readable seal signature.
 */
record OfdEvidence(
        DocumentInfo document,
        SignedLayout layout,
        List<OfdSignatureCheck> signatures,
        CertificateStanding standing,
        SesSealCheck sesSeal,
        LayoutFacts facts) {

    boolean readable() {
        return signatures != null;
    }

    /** The issuer's electronic seal: the first SES_Signature (countersignatures come only on print copies). */
    Optional<OfdSignatureCheck> seal() {
        return signatures == null
                ? Optional.empty()
                : signatures.stream()
                        .filter(s -> s.type() == OfdSignatureCheck.Type.SEAL)
                        .findFirst();
    }
}
