package org.gongwen.archive.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.seal.SesSealCheck;

/**
 * {@code ofd-signature-report.xml}: every signature of the sealed OFD as the OFD verifier reads it, with the
 * signer certificate's standing with the SM2 county CA at signing time and, for a seal, the check of the
 * embedded GB/T 38540 electronic seal (SES_Seal).
 */
public final class OfdSignatureReport {

    private OfdSignatureReport() {}

    public static byte[] of(long documentId, List<OfdSignatureCheck> signatures, SealCertificateCheck certificates) {
        Xml xml = new Xml("ofdSignatureReport")
                .attribute("documentId", documentId)
                .attribute(
                        "allIntact",
                        !signatures.isEmpty() && signatures.stream().allMatch(OfdSignatureCheck::intact));
        xml.open("signatures");
        for (OfdSignatureCheck signature : signatures) {
            X509Certificate signer = signature.signerCertificate();
            xml.open("signature")
                    .attribute("id", signature.id())
                    .attribute(
                            "type",
                            signature.type() == null ? null : signature.type().name())
                    .attribute("intact", signature.intact())
                    .element("sesVersion", signature.sesVersion() == 0 ? null : signature.sesVersion())
                    .element("sealName", signature.sealName())
                    .element("sealId", signature.sealId())
                    .signer(signer)
                    .element("signTime", signature.signTime());
            if (signer != null) {
                standing(xml, certificates.sm2Standing(signer, signature.signTime()));
            }
            if (signature.sesSeal() != null) {
                sesSeal(xml, certificates.checkSesSeal(signature.sesSeal()));
            }
            xml.element(
                            "page",
                            signature.place() == null ? null : signature.place().pageIndex() + 1)
                    .element("failure", signature.failure())
                    .close();
        }
        xml.close();
        return xml.finish();
    }

    private static void standing(Xml xml, CertificateStanding standing) {
        xml.open("certificateStanding")
                .attribute("trustedAtSigning", standing.trustedAtSigning())
                .element("issuedByCountySm2Ca", standing.issuedByCountyCa())
                .element("validAtSigning", standing.validAtSigning())
                .element("unitCode", standing.unitCode())
                .element("sealName", standing.sealName())
                .element("revokedAt", standing.revokedAt())
                .element("revokedBeforeSigning", standing.revokedBeforeSigning())
                .close();
    }

    private static void sesSeal(Xml xml, SesSealCheck seal) {
        xml.open("sesSeal")
                .attribute("valid", seal.valid())
                .element("esId", seal.esId())
                .element("name", seal.name())
                .element("version", seal.version() == 0 ? null : seal.version())
                .element("maker", seal.maker())
                .element("validStart", seal.validStart())
                .element("validEnd", seal.validEnd())
                .element("reason", seal.reason())
                .close();
    }
}
