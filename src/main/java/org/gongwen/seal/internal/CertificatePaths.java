package org.gongwen.seal.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** PKIX path validation (Bouncy Castle) of the SM2 certificates against the SM2 county CA. */
public final class CertificatePaths {

    private CertificatePaths() {}

    /**
     * Whether {@code certificate} chains to {@code root} by PKIX path validation at {@code at}; revocation is
     * the caller's to check, against the CA's own records.
     */
    public static boolean chainsTo(X509Certificate certificate, X509Certificate root, Instant at) {
        try {
            X509Certificate leaf = Certificates.parse(certificate.getEncoded());
            CertificateFactory factory = CertificateFactory.getInstance("X.509", BouncyCastleProvider.PROVIDER_NAME);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX", BouncyCastleProvider.PROVIDER_NAME)
                    .validate(factory.generateCertPath(List.of(leaf)), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
