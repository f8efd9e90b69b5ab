package org.gongwen.pdf.internal.ofd;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Certificates and digests around SES_Seals. */
public final class SesSeals {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private SesSeals() {
    }

    /** The seal's certificate list (type 1, certificates) holds {@code certificate}. */
    public static boolean binds(SesStructures.Seal seal, X509Certificate certificate) {
        try {
            byte[] encoded = certificate.getEncoded();
            return seal.certificates().stream().anyMatch(c -> Arrays.equals(c, encoded));
        } catch (CertificateEncodingException e) {
            return false;
        }
    }

    public static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                .generateCertificate(new ByteArrayInputStream(der));
    }

    public static MessageDigest sm3() {
        return new SM3.Digest();
    }
}
