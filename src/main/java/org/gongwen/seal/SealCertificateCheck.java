package org.gongwen.seal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongwen.pdf.SesSealStructure;
import org.gongwen.seal.internal.CertificatePaths;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.RevokedCertificate;
import org.gongwen.seal.internal.RevokedCertificateRepository;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealRepository;
import org.gongwen.shared.Sha256;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges the certificate a document was signed with: issued by the county CA, which unit and seal
 * it belongs to, and whether it was revoked before the signature was made. Reveals no key material
 * and no more than the certificate itself names, so callers need no role. SM2 certificates (OFD) are
 * judged against the SM2 county CA by PKIX path validation, and GB/T 38540 electronic seals by their
 * maker's signature and certificate.
 */
@Service
public class SealCertificateCheck {

    private static final int SEALS_REMEMBERED = 64;

    private final PkiService pki;
    private final SealRepository seals;
    private final RevokedCertificateRepository revocations;
    private final Translations translations;
    private final java.time.Clock clock;
    /**
     * Whether a seal's maker signature holds, by the SHA-256 of the seal's DER, for the last few seals:
     * it depends on those bytes alone, and a fan-out's hundreds of sign-for tasks check the same seal.
     */
    private final Map<String, Boolean> makerSignatures =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > SEALS_REMEMBERED;
                }
            });

    public SealCertificateCheck(
            PkiService pki,
            SealRepository seals,
            RevokedCertificateRepository revocations,
            Translations translations,
            java.time.Clock clock) {
        this.translations = translations;
        this.clock = clock;
        this.pki = pki;
        this.seals = seals;
        this.revocations = revocations;
    }

    /** @param signingTime when the signature was made (time stamp, else claimed), or null when unknown */
    @Transactional(readOnly = true)
    public CertificateStanding standing(X509Certificate certificate, Instant signingTime) {
        String serial = certificate.getSerialNumber().toString(16);
        Optional<Seal> seal = seals.findBySerialNumber(serial).stream()
                .filter(s -> s.getCertificatePem() != null
                        && PkiService.parseCertificate(s.getCertificatePem()).equals(certificate))
                .findFirst();
        return standingOf(
                issuedByCountyCa(certificate),
                validAt(certificate, signingTime),
                certificate,
                seal,
                RevokedCertificate.Authority.COUNTY,
                signingTime);
    }

    /**
     * As {@link #standing} for an SM2 signer certificate: chains to the SM2 county CA (Bouncy Castle
     * PKIX path validation), valid at the signing time, not revoked before it on the SM2 CRL.
     */
    @Transactional(readOnly = true)
    public CertificateStanding sm2Standing(X509Certificate certificate, Instant signingTime) {
        X509Certificate leaf = Certificates.parse(encoded(certificate));
        Optional<Seal> seal = seals.findBySm2SerialNumber(leaf.getSerialNumber().toString(16)).stream()
                .filter(s -> Certificates.parsePem(s.getSm2CertificatePem()).equals(leaf))
                .findFirst();
        boolean validAtSigning = validAt(leaf, signingTime);
        boolean chains = CertificatePaths.chainsTo(
                leaf,
                pki.sm2CaCertificate(),
                validAtSigning ? signingTime : leaf.getNotBefore().toInstant());
        return standingOf(chains, validAtSigning, leaf, seal, RevokedCertificate.Authority.COUNTY_SM2, signingTime);
    }

    /** The standing from the trust and validity judged, the names in the certificate and its authority's CRL. */
    private CertificateStanding standingOf(
            boolean trusted,
            boolean validAtSigning,
            X509Certificate certificate,
            Optional<Seal> seal,
            RevokedCertificate.Authority authority,
            Instant signingTime) {
        Certificates.SealSubject subject = Certificates.subjectOf(certificate);
        Instant revokedAt = revocations
                .findById(RevokedCertificate.Key.of(authority, certificate.getSerialNumber()))
                .map(RevokedCertificate::getRevokedAt)
                .orElse(null);
        boolean revokedBeforeSigning = revokedAt != null && (signingTime == null || !revokedAt.isAfter(signingTime));
        return new CertificateStanding(
                trusted,
                validAtSigning,
                subject.unitCode(),
                subject.unitFullName(),
                subject.sealName(),
                seal.map(Seal::getId).orElse(null),
                seal.map(Seal::getUnitId).orElse(null),
                revokedAt,
                revokedBeforeSigning);
    }

    /**
     * Checks a GB/T 38540 electronic seal (SES_Seal v4, DER): its structure, the maker's signature with
     * the maker certificate it carries, that certificate's chain to the SM2 county CA and its revocation,
     * and the chain of the seal's own certificate. Refusals carry a Chinese reason.
     */
    @Transactional(readOnly = true)
    public SesSealCheck checkSesSeal(byte[] der) {
        SesSealStructure seal;
        try {
            seal = SesSealStructure.decode(der);
        } catch (IllegalArgumentException e) {
            return new SesSealCheck(false, null, null, 0, null, null, null, null, reason("sesSeal.check.undecodable"));
        }
        X509Certificate sealCertificate =
                seal.certificates().isEmpty() ? null : seal.certificates().get(0);
        String reason = null;
        X509Certificate ca = pki.sm2CaCertificate();
        Instant now = clock.instant();
        if (seal.version() != 4) {
            reason = reason("sesSeal.check.version", seal.version());
        } else if (!makerSignatures.computeIfAbsent(Sha256.hex(der), key -> seal.makerSignatureHolds())) {
            reason = reason("sesSeal.check.signature");
        } else if (!CertificatePaths.chainsTo(seal.maker(), ca, within(seal.maker(), now))) {
            reason = reason("sesSeal.check.makerNotTrusted");
        } else if (revocations.existsById(RevokedCertificate.Key.of(
                RevokedCertificate.Authority.COUNTY_SM2, seal.maker().getSerialNumber()))) {
            reason = reason("sesSeal.check.makerRevoked");
        } else if (sealCertificate == null
                || !CertificatePaths.chainsTo(sealCertificate, ca, within(sealCertificate, now))) {
            reason = reason("sesSeal.check.certNotTrusted");
        }
        return new SesSealCheck(
                reason == null,
                seal.esId(),
                seal.name(),
                seal.version(),
                sealCertificate,
                seal.maker(),
                seal.validStart(),
                seal.validEnd(),
                reason);
    }

    /** {@code now}, or the certificate's last moment once it has expired: validity is judged elsewhere. */
    private static Instant within(X509Certificate certificate, Instant now) {
        Instant end = certificate.getNotAfter().toInstant();
        Instant start = certificate.getNotBefore().toInstant();
        return now.isAfter(end) ? end : now.isBefore(start) ? start : now;
    }

    private String reason(String key, Object... params) {
        return translations.getTranslation(key, Translations.CHINESE, params);
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("Certificate not encodable", e);
        }
    }

    private boolean issuedByCountyCa(X509Certificate certificate) {
        X509Certificate ca = pki.caCertificate();
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant time) {
        if (time == null) {
            return false;
        }
        try {
            certificate.checkValidity(Date.from(time));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
