package org.gongwen.archive.internal;

import org.gongwen.pdf.PdfSignature;
import org.gongwen.pdf.PdfSignatures;
import org.gongwen.receipt.verification.ReceiptCheck;
import org.gongwen.receipt.verification.ReceiptChecks;
import org.gongwen.shared.Translations;

/**
 * {@code signature-report.xml}: the recipient's four checks (A10.1) with their results and details,
 * and every signature of the layout file as the PDF verifier reads it.
 */
public final class SignatureReport {

    private SignatureReport() {}

    public static byte[] of(ReceiptChecks checks, PdfSignatures signatures, Translations translations) {
        Xml xml = new Xml("signatureReport")
                .attribute("documentId", checks.documentId())
                .attribute("allPassed", checks.allPassed());
        xml.open("checks");
        for (ReceiptCheck check : checks.checks()) {
            xml.open("check")
                    .attribute("code", check.code().name())
                    .attribute("passed", check.passed())
                    .element("label", translations.getTranslation(check.labelKey(), Translations.CHINESE))
                    .element("detail", check.detail(translations, Translations.CHINESE))
                    .close();
        }
        xml.close();
        xml.open("signatures").attribute("readable", signatures.readable()).element("failure", signatures.failure());
        for (PdfSignature signature : signatures.signatures()) {
            xml.open("signature")
                    .attribute("field", signature.fieldName())
                    .attribute("valid", signature.valid())
                    .element("intact", signature.integrityValid())
                    .element("coversWholeFile", signature.coversWholeDocument())
                    .signer(signature.signerCertificate())
                    .element("signingTime", signature.signingTime())
                    .element("timeStamped", signature.timeStamped())
                    .element("failure", signature.failure())
                    .close();
        }
        xml.close();
        return xml.finish();
    }
}
