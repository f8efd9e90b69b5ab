package org.gongwen.seal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.gongwen.seal.internal.Certificates;
import org.gongwen.seal.internal.RevokedCertificate;
import org.gongwen.seal.internal.RevokedCertificateRepository;
import org.gongwen.seal.internal.Seal;
import org.gongwen.seal.internal.SealRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges the certificate a document was signed with: issued by the county CA, which unit and seal
 * it belongs to, and whether it was revoked before the signature was made. Reveals no key material
 * and no more than the certificate itself names, so callers need no role.
 */
@Service
public class SealCertificateCheck {

    private final PkiService pki;
    private final SealRepository seals;
    private final RevokedCertificateRepository revocations;

    public SealCertificateCheck(PkiService pki, SealRepository seals, RevokedCertificateRepository revocations) {
        this.pki = pki;
        this.seals = seals;
        this.revocations = revocations;
    }

    /** @param signingTime when the signature was made (time stamp, else claimed), or null when unknown */
    @Transactional(readOnly = true)
    public CertificateStanding standing(X509Certificate certificate, Instant signingTime) {
        Certificates.SealSubject subject = Certificates.subjectOf(certificate);
        String serial = certificate.getSerialNumber().toString(16);
        Optional<Seal> seal = seals.findBySerialNumber(serial).stream()
                .filter(s -> s.getCertificatePem() != null
                        && PkiService.parseCertificate(s.getCertificatePem()).equals(certificate))
                .findFirst();
        Instant revokedAt = revocations.findById(serial).map(RevokedCertificate::getRevokedAt).orElse(null);
        boolean revokedBeforeSigning = revokedAt != null
                && (signingTime == null || !revokedAt.isAfter(signingTime));
        return new CertificateStanding(issuedByCountyCa(certificate), validAt(certificate, signingTime),
                subject.unitCode(), subject.unitFullName(), subject.sealName(), seal.map(Seal::getId).orElse(null),
                seal.map(Seal::getUnitId).orElse(null), revokedAt, revokedBeforeSigning);
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
