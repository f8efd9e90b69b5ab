package org.gongwen.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/** What a person checks on a seal certificate: who it names, who issued it, when it is valid. */
public record CertificateDetails(String subject, String issuer, String serialNumber, Instant notBefore,
        Instant notAfter, String publicKeyAlgorithm, String sha256Fingerprint) {

    public static CertificateDetails of(String pem) {
        X509Certificate certificate = PkiService.parseCertificate(pem);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateDetails(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                    certificate.getPublicKey().getAlgorithm(), HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
