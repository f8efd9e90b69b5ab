package org.gongwen.pdf.internal;

import com.itextpdf.signatures.ICrlClient;
import com.itextpdf.signatures.IOcspClient;
import com.itextpdf.signatures.ITSAClient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.gongwen.pdf.TrustServices;

/**
 * iText's time-stamp, CRL and OCSP clients over the county's {@link TrustServices}: called in the
 * process, never over HTTP. The county PKI has no OCSP responder, so the OCSP client answers nothing.
 */
public final class TrustClients {

    /** A token with the TSA certificate and the county root in an RSA-4096 setting fits comfortably. */
    private static final int TOKEN_SIZE_ESTIMATE = 12_288;

    private TrustClients() {}

    public static ITSAClient timeStamps(TrustServices trust) {
        return new ITSAClient() {
            @Override
            public int getTokenSizeEstimate() {
                return TOKEN_SIZE_ESTIMATE;
            }

            @Override
            public MessageDigest getMessageDigest() throws NoSuchAlgorithmException {
                return MessageDigest.getInstance("SHA-256");
            }

            @Override
            public byte[] getTimeStampToken(byte[] imprint) {
                return trust.timeStampToken(imprint);
            }
        };
    }

    public static ICrlClient crls(TrustServices trust) {
        return (certificate, url) -> List.copyOf(trust.crls(certificate));
    }

    public static IOcspClient noOcsp() {
        return (certificate, issuer, url) -> null;
    }
}
