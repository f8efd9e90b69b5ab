package org.gongwen.seal;

import java.time.Instant;

/**
 * How a signer certificate stands with the county PKI at a signing time, as a recipient judges it
 * before signing for a document (A10.1).
 *
 * @param issuedByCountyCa     the county root CA issued it (its signature verifies with the CA's key)
 * @param validAtSigning       the signing time lies within the certificate's validity; false when unknown
 * @param unitCode             the unit code the certificate names (subject OU), or null
 * @param unitName             the unit's full name it names (subject O), or null
 * @param sealName             the seal it names (subject CN), or null
 * @param sealId               the registered seal holding exactly this certificate, or null
 * @param sealUnitId           that seal's unit, or null
 * @param revokedAt            when the county CA revoked it, or null
 * @param revokedBeforeSigning revoked at or before the signing time (or revoked and the time is unknown)
 */
public record CertificateStanding(
        boolean issuedByCountyCa,
        boolean validAtSigning,
        String unitCode,
        String unitName,
        String sealName,
        Long sealId,
        Long sealUnitId,
        Instant revokedAt,
        boolean revokedBeforeSigning) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Issued by the county CA, valid when used and not revoked before: signatures made with it hold. */
    public boolean trustedAtSigning() {
        return issuedByCountyCa && validAtSigning && !revokedBeforeSigning;
    }
}
