package org.gongwen.seal.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** PKIX path validation (Bouncy Castle) of the SM2 certificates against the SM2 county CA. */
public final class CertificatePaths {

    private static final int PATHS_REMEMBERED = 256;

    /**
     * Certificate and root pairs PKIX has accepted, by their DER bytes. With revocation left to the
     * caller, the validation of a one-certificate path depends on the time only through the two
     * certificates' validity periods, so an accepted pair stays accepted at any time within both: a
     * fan-out's hundreds of checks of one seal then validate its path once.
     */
    private static final Map<List<ByteBuffer>, Boolean> ACCEPTED =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<ByteBuffer>, Boolean> eldest) {
                    return size() > PATHS_REMEMBERED;
                }
            });

    private CertificatePaths() {}

    /**
     * Whether {@code certificate} chains to {@code root} by PKIX path validation at {@code at}; revocation is
     * the caller's to check, against the CA's own records.
     */
    public static boolean chainsTo(X509Certificate certificate, X509Certificate root, Instant at) {
        try {
            List<ByteBuffer> pair =
                    List.of(ByteBuffer.wrap(certificate.getEncoded()), ByteBuffer.wrap(root.getEncoded()));
            boolean withinBoth = within(certificate, at) && within(root, at);
            if (withinBoth && ACCEPTED.containsKey(pair)) {
                return true;
            }
            X509Certificate leaf = Certificates.parse(certificate.getEncoded());
            CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX", BouncyCastleProvider.PROVIDER_NAME)
                    .validate(factory.generateCertPath(List.of(leaf)), parameters);
            if (withinBoth) {
                ACCEPTED.put(pair, Boolean.TRUE);
            }
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean within(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant())
                && !at.isAfter(certificate.getNotAfter().toInstant());
    }
}
