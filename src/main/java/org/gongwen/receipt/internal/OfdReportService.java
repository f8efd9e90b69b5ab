package org.gongwen.receipt.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongwen.organization.Role;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.pdf.OfdText;
import org.gongwen.receipt.internal.OfdReport.Finding;
import org.gongwen.receipt.internal.OfdReport.SignatureReport;
import org.gongwen.receipt.internal.OfdReport.Verdict;
import org.gongwen.seal.CertificateStanding;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.seal.SesSealCheck;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Sha256;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Verifies an OFD file received from outside the system (A10.1 for the regulation's fallback): every
 * signature's integrity (naming the changed file), its SM2 certificate against the county SM2 CA and its
 * CRL, its SES_Seal, the pages and the GB/T 33476 tags. Stores nothing.
 */
@Service
public class OfdReportService {

    private final OfdSignatureVerifier verifier;
    private final SealCertificateCheck certificates;
    private final Translations translations;
    private final DateTimeFormatter time;

    public OfdReportService(
            OfdSignatureVerifier verifier,
            SealCertificateCheck certificates,
            Translations translations,
            CountyZone zone) {
        this.verifier = verifier;
        this.certificates = certificates;
        this.translations = translations;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone.zone());
    }

    /**
     * The report on {@code ofd}, its texts in {@code locale}.
     *
     * @throws BusinessException invalid ({@code ofdVerification.error.empty} or {@code .notOfd}) for no file or a
     *                           file that is not an OFD
     */
    @Secured({
        "ROLE_" + Role.Names.CLERK,
        "ROLE_" + Role.Names.LEADER,
        "ROLE_" + Role.Names.COUNTY_OFFICE,
        "ROLE_" + Role.Names.SUPERVISOR,
        "ROLE_" + Role.Names.ADMIN
    })
    public OfdReport report(String fileName, byte[] ofd, Locale locale) {
        if (ofd == null || ofd.length == 0) {
            throw BusinessException.invalid("ofdVerification.error.empty");
        }
        List<OfdSignatureCheck> checks;
        List<String> pageTexts;
        try {
            checks = verifier.verify(ofd);
            pageTexts = OfdText.pageTexts(ofd);
        } catch (RuntimeException e) {
            throw BusinessException.invalid("ofdVerification.error.notOfd");
        }
        List<String> tags = tags(ofd);
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(!pageTexts.isEmpty(), text(locale, "ofdVerification.pages", pageTexts.size())));
        findings.add(new Finding(
                !tags.isEmpty(),
                tags.isEmpty()
                        ? text(locale, "ofdVerification.noTags")
                        : text(locale, "ofdVerification.tags", String.join("、", tags))));
        List<SignatureReport> signatures = new ArrayList<>();
        for (OfdSignatureCheck check : checks) {
            SignatureReport report = signature(signatures.size() + 1, check, locale);
            signatures.add(report);
            findings.addAll(report.findings());
        }
        Verdict verdict = verdict(signatures);
        String foreignIssuer = signatures.stream()
                .filter(s -> !s.countyIssued())
                .map(SignatureReport::issuer)
                .findFirst()
                .orElse("?");
        // a signature's first finding is its heading ("第 1 个签名：…"): the reason is among the others
        // a broken signature first (naming the changed file), then the first other reason
        String firstFailure = signatures.stream()
                .filter(s -> !s.intact())
                .map(s -> text(locale, "ofdVerification.broken", orUnknown(s.failure())))
                .findFirst()
                .orElseGet(() -> signatures.stream()
                        .flatMap(s -> s.findings().stream().skip(1))
                        .filter(f -> !f.holds())
                        .map(Finding::text)
                        .findFirst()
                        .orElse("?"));
        String verdictText = switch (verdict) {
            case VALID -> text(locale, "ofdVerification.verdict.valid");
            case INTACT_FOREIGN -> text(locale, "ofdVerification.verdict.intactForeign", foreignIssuer);
            case INVALID -> text(locale, "ofdVerification.verdict.invalid", firstFailure);
            case UNSIGNED -> text(locale, "ofdVerification.verdict.unsigned");
        };
        return new OfdReport(
                fileName,
                ofd.length,
                Sha256.hex(ofd),
                pageTexts.size(),
                !tags.isEmpty(),
                tags,
                signatures,
                verdict,
                verdictText,
                findings);
    }

    private static Verdict verdict(List<SignatureReport> signatures) {
        if (signatures.isEmpty()) {
            return Verdict.UNSIGNED;
        }
        boolean broken = signatures.stream().anyMatch(s -> !s.intact() || (s.countyIssued() && !s.trusted()));
        if (broken) {
            return Verdict.INVALID;
        }
        return signatures.stream().allMatch(SignatureReport::trusted) ? Verdict.VALID : Verdict.INTACT_FOREIGN;
    }

    private SignatureReport signature(int number, OfdSignatureCheck check, Locale locale) {
        List<Finding> findings = new ArrayList<>();
        String type = check.type() == null ? "?" : check.type().name();
        X509Certificate certificate = check.signerCertificate();
        CertificateStanding standing = certificate == null ? null : standing(certificate, check.signTime());
        String subject = certificate == null
                ? null
                : certificate.getSubjectX500Principal().getName();
        String serial =
                certificate == null ? null : certificate.getSerialNumber().toString(16);
        String issuer = certificate == null
                ? null
                : certificate.getIssuerX500Principal().getName();
        boolean county = standing != null && standing.issuedByCountyCa();
        boolean validAtSigning = standing != null && standing.validAtSigning();
        Boolean revoked = county ? standing.revoked() : null;
        Instant revokedAt = county ? standing.revokedAt() : null;
        String typeName = check.type() == null ? "?" : text(locale, "ofdVerification.type." + type);
        findings.add(new Finding(check.intact(), text(locale, "ofdVerification.signature", number, typeName)));
        if (check.sealName() != null || check.sealId() != null) {
            findings.add(new Finding(
                    true,
                    text(locale, "ofdVerification.seal", orUnknown(check.sealName()), orUnknown(check.sealId()))));
        }
        if (certificate != null) {
            findings.add(new Finding(true, text(locale, "ofdVerification.signer", subject, serial)));
            findings.add(new Finding(
                    county,
                    county
                            ? text(locale, "ofdVerification.issuer.county", issuer)
                            : text(locale, "ofdVerification.issuer.foreign", issuer)));
            if (county) {
                findings.add(
                        revokedAt == null
                                ? new Finding(true, text(locale, "ofdVerification.notRevoked"))
                                : new Finding(
                                        !standing.revokedBeforeSigning(),
                                        text(
                                                locale,
                                                "ofdVerification.revoked",
                                                format(revokedAt),
                                                text(
                                                        locale,
                                                        standing.revokedBeforeSigning()
                                                                ? "ofdVerification.revoked.before"
                                                                : "ofdVerification.revoked.after"))));
            }
            findings.add(new Finding(
                    validAtSigning,
                    text(
                            locale,
                            validAtSigning ? "ofdVerification.validAtSigning" : "ofdVerification.notValidAtSigning",
                            format(check.signTime()),
                            format(certificate.getNotBefore().toInstant()),
                            format(certificate.getNotAfter().toInstant()))));
        }
        findings.add(new Finding(
                check.intact(),
                check.intact()
                        ? text(
                                locale,
                                "ofdVerification.intact",
                                check.protectedFiles().size())
                        : text(locale, "ofdVerification.broken", orUnknown(check.failure()))));
        Boolean makerValid = null;
        Boolean sealTrusted = null;
        String sealReason = null;
        String maker = null;
        if (check.type() == OfdSignatureCheck.Type.SEAL) {
            SesSealCheck seal = check.sesSeal() == null ? null : certificates.checkSesSeal(check.sesSeal());
            // the maker's signature is checked before the chains: a seal refused only for trust was signed well
            makerValid = seal != null
                    && (seal.valid()
                            || (seal.version() == 4
                                    && seal.makerCertificate() != null
                                    && !seal.reason().equals(text(Translations.CHINESE, "sesSeal.check.signature"))));
            sealTrusted = seal != null && seal.valid();
            sealReason = seal == null ? text(locale, "sesSeal.check.undecodable") : seal.reason();
            maker = seal == null ? null : seal.maker();
            findings.add(new Finding(
                    makerValid,
                    makerValid
                            ? text(locale, "ofdVerification.sesSeal.valid", orUnknown(maker))
                            : text(locale, "ofdVerification.sesSeal.invalid", orUnknown(sealReason))));
        }
        return new SignatureReport(
                number,
                type,
                check.sealName(),
                check.sealId(),
                subject,
                serial,
                issuer,
                county,
                revoked,
                revokedAt,
                check.signTime(),
                validAtSigning,
                certificate == null ? null : certificate.getNotBefore().toInstant(),
                certificate == null ? null : certificate.getNotAfter().toInstant(),
                check.intact(),
                check.failure(),
                makerValid,
                sealTrusted,
                sealReason,
                maker,
                check.protectedFiles(),
                findings);
    }

    private CertificateStanding standing(X509Certificate certificate, Instant signTime) {
        try {
            return certificates.sm2Standing(certificate, signTime);
        } catch (RuntimeException e) {
            // not an SM2 certificate the county could have issued (e.g. RSA): judged foreign, validity by dates
            return new CertificateStanding(
                    false, validAt(certificate, signTime), null, null, null, null, null, null, false);
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        return at != null
                && !at.isBefore(certificate.getNotBefore().toInstant())
                && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    /**
     * The elements the GB/T 33476 tag files of the package name (the root's children), in order; empty when
     * the package carries no tags. Reads the zip itself: ofdrw's reader does not expose custom tags.
     */
    static List<String> tags(byte[] ofd) {
        Set<String> names = new LinkedHashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.contains("/Tags/") && name.endsWith(".xml") && !name.endsWith("CustomTags.xml")) {
                    names.addAll(rootChildren(zip.readAllBytes()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return List.copyOf(names);
    }

    private static List<String> rootChildren(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml))
                    .getDocumentElement();
            List<String> names = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element element && !"ObjectRef".equals(element.getLocalName())) {
                    names.add(element.getLocalName());
                }
            }
            return names;
        } catch (Exception e) {
            return List.of();
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private String format(Instant instant) {
        return instant == null ? "?" : time.format(instant);
    }

    private static String orUnknown(String s) {
        return s == null ? "?" : s;
    }
}
