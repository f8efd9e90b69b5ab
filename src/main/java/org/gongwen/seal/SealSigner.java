package org.gongwen.seal;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs with one seal for one custodian. Handed out by {@link SealSigningService} only after
 * every check passed; the private key stays inside it.
 */
public interface SealSigner {

    /** The raw signature of {@code data} (e.g. the CMS signed attributes of a PAdES signature). */
    byte[] sign(byte[] data);

    /** JCA name of the algorithm, e.g. SHA256withRSA. */
    String signatureAlgorithm();

    /** The seal certificate followed by the county CA certificate. */
    List<X509Certificate> chain();
}
