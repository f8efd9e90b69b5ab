package org.gongwen.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What checking a GB/T 38540 electronic seal (SES_Seal v4) found.
 *
 * @param valid             decodes as version 4, the maker's signature verifies with the maker certificate,
 *                          which chains to the SM2 county CA and is not revoked; the seal's certificate chains
 *                          to it too
 * @param esId              the seal's id (esID), or null when it does not decode
 * @param name              the seal's name, or null
 * @param version           SES_Header.version, or 0
 * @param sealCertificate   the unit's SM2 certificate it carries, or null
 * @param makerCertificate  the seal maker's certificate, or null
 * @param validStart        from when the seal is valid, or null
 * @param validEnd          until when, or null
 * @param reason            why it is not valid (Chinese), or null when valid
 */
public record SesSealCheck(
        boolean valid,
        String esId,
        String name,
        int version,
        X509Certificate sealCertificate,
        X509Certificate makerCertificate,
        Instant validStart,
        Instant validEnd,
        String reason) {

    /** The maker's name (CN of its certificate's subject), or null. */
    public String maker() {
        return makerCertificate == null
                ? null
                : org.gongwen.seal.internal.Certificates.subjectOf(makerCertificate)
                        .sealName();
    }
}
