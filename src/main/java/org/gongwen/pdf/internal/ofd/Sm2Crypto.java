package org.gongwen.pdf.internal.ofd;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Bouncy Castle for the OFD signatures: certificates and SM3, without a globally registered provider. */
public final class Sm2Crypto {

    public static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Sm2Crypto() {}

    public static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509", BC).generateCertificate(new ByteArrayInputStream(der));
    }

    public static MessageDigest sm3() {
        return new SM3.Digest();
    }
}
