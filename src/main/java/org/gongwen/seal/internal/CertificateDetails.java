package org.gongwen.seal.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/** What a person checks on a seal certificate: who it names, who issued it, when it is valid. */
public record CertificateDetails(
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        String publicKeyAlgorithm,
        String sha256Fingerprint) {

    public static CertificateDetails of(String pem) {
        X509Certificate certificate = pem.contains("-----BEGIN") && isSm2(pem)
                ? org.gongwen.seal.internal.Certificates.parsePem(pem)
                : PkiService.parseCertificate(pem);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateDetails(
                    certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(),
                    certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    isSm2(pem) ? "SM2" : certificate.getPublicKey().getAlgorithm(),
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the certificate is signed SM3withSM2 (OID 1.2.156.10197.1.501), as the SM2 county CA signs. */
    private static boolean isSm2(String pem) {
        return "1.2.156.10197.1.501"
                .equals(org.gongwen.seal.internal.Certificates.parsePem(pem).getSigAlgOID());
    }
}
