package org.gongwen.pdf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * One signature of a PDF as {@link PdfSignatureVerifier} found it.
 *
 * @param fieldName            the signature field
 * @param coversWholeDocument  nothing was added to the file after this signature but validation data (DSS) and
 *                             document time-stamps
 * @param integrityValid       the signed bytes are unchanged and the signature matches the signer's key
 * @param signerCertificate    the signing certificate, or null when the signature could not be read
 * @param chain                the signing certificate first, then the issuers the signature carries
 * @param signingTime          the time-stamp authority's time when a verified time stamp is present, else the
 *                             time the signer claimed; null when neither is known
 * @param timeStamped          {@code signingTime} comes from a verified time stamp
 * @param failure              why the signature is not valid, in words for the log; null when it is
 * @param documentTimeStamp    a document time-stamp (PAdES B-LTA) rather than a signature: its signer is the
 *                             time-stamping authority and its time the {@code signingTime}
 */
public record PdfSignature(
        String fieldName,
        boolean coversWholeDocument,
        boolean integrityValid,
        X509Certificate signerCertificate,
        List<X509Certificate> chain,
        Instant signingTime,
        boolean timeStamped,
        String failure,
        boolean documentTimeStamp) {

    public PdfSignature {
        chain = chain == null ? List.of() : List.copyOf(chain);
    }

    /** Intact and covering the whole file: the content is as it was signed. */
    public boolean valid() {
        return integrityValid && coversWholeDocument;
    }
}
