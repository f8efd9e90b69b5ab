package org.gongwen.pdf;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What signing needs from the county PKI beyond the seal key (the seal module provides it): time-stamps
 * for PAdES B-T and B-LTA, and the revocation lists a signed file carries for B-LT.
 */
public interface TrustServices {

    /** An RFC 3161 time-stamp token (DER) over {@code sha256}, a SHA-256 digest. */
    byte[] timeStampToken(byte[] sha256);

    /** The current CRLs (DER) that tell whether {@code certificate} is revoked; empty when its issuer is unknown here. */
    List<byte[]> crls(X509Certificate certificate);
}
