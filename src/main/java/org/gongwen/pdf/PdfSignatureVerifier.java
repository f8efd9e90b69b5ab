package org.gongwen.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.gongwen.pdf.internal.LaterRevisions;
import org.springframework.stereotype.Component;

/**
 * Reads the signatures of a signed PDF ({@link PdfSigning}'s PAdES signatures or any other) and says,
 * per signature, whether the signed bytes are intact and cover the whole file, who signed and when.
 * Whether the signer is to be trusted is for the caller to judge. Thread-safe.
 */
@Component
public class PdfSignatureVerifier {

    /**
     * Never throws for a damaged, truncated or unsigned file: iText reports malformed input with
     * unchecked exceptions, which become an unreadable result or a failed signature.
     */
    public PdfSignatures verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return PdfSignatures.unreadable("empty file");
        }
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil signatures = new SignatureUtil(document);
            List<PdfSignature> found = new ArrayList<>();
            for (String name : signatures.getSignatureNames()) {
                found.add(signature(pdf, signatures, name));
            }
            return new PdfSignatures(true, null, found);
        } catch (IOException | RuntimeException e) {
            return PdfSignatures.unreadable(describe(e));
        }
    }

    private static PdfSignature signature(byte[] pdf, SignatureUtil signatures, String name) {
        boolean coversWholeDocument = coversWholeDocument(pdf, signatures, name);
        boolean documentTimeStamp =
                PdfName.ETSI_RFC3161.equals(signatures.getSignature(name).getSubFilter());
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = signatures.readSignatureData(name);
        } catch (RuntimeException e) {
            return new PdfSignature(
                    name,
                    coversWholeDocument,
                    false,
                    null,
                    List.of(),
                    null,
                    false,
                    "signature unreadable: " + describe(e),
                    documentTimeStamp);
        }
        X509Certificate signer = pkcs7.getSigningCertificate();
        List<X509Certificate> chain = chain(pkcs7);
        Instant claimed = instant(pkcs7.getSignDate());
        try {
            boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            boolean timeStamped = pkcs7.getTimeStampTokenInfo() != null;
            // a document time-stamp's imprint is over the file, which the integrity check has verified
            boolean timeStampIntact = !timeStamped || documentTimeStamp || pkcs7.verifyTimestampImprint();
            Instant stamped = timeStamped && timeStampIntact ? instant(pkcs7.getTimeStampDate()) : null;
            String failure = !intact
                    ? "the signed bytes or the signature were changed"
                    : !timeStampIntact
                            ? "the time stamp does not match the signature"
                            : !coversWholeDocument ? "the file was changed after signing" : null;
            return new PdfSignature(
                    name,
                    coversWholeDocument,
                    intact && timeStampIntact,
                    signer,
                    chain,
                    stamped != null ? stamped : claimed,
                    stamped != null,
                    failure,
                    documentTimeStamp);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new PdfSignature(
                    name,
                    coversWholeDocument,
                    false,
                    signer,
                    chain,
                    claimed,
                    false,
                    "signature not verifiable: " + describe(e),
                    documentTimeStamp);
        }
    }

    /** Covering the whole file, or all of it but the validation data and document time-stamps added after it. */
    private static boolean coversWholeDocument(byte[] pdf, SignatureUtil signatures, String name) {
        try {
            if (signatures.signatureCoversWholeDocument(name)) {
                return true;
            }
            long[] range = signatures.getSignature(name).getByteRange().toLongArray();
            return range.length == 4 && LaterRevisions.onlyValidationData(pdf, range[2] + range[3]);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<X509Certificate> chain(PdfPKCS7 pkcs7) {
        Certificate[] chain = pkcs7.getSignCertificateChain();
        return chain == null
                ? List.of()
                : Arrays.stream(chain)
                        .filter(X509Certificate.class::isInstance)
                        .map(X509Certificate.class::cast)
                        .toList();
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null || calendar == TimestampConstants.UNDEFINED_TIMESTAMP_DATE
                ? null
                : calendar.toInstant();
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
