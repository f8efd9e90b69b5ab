package org.gongwen.pdf;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF as PAdES baseline B (baseline T when a county time-stamping authority is set with
 * {@code gongwen.pdf.tsa-url}): a CAdES detached signature over SHA-256, in an incremental update
 * so that a PDF/A file stays PDF/A. The signature is invisible: the seal image is already in the
 * layout.
 */
@Component
public class PdfSigning {

    /** Room for the CMS: an RSA-4096 chain of a few certificates and a time-stamp token fit comfortably. */
    private static final int ESTIMATED_SIZE = 32_768;

    private final String tsaUrl;

    /** Without a time-stamping authority. */
    public PdfSigning() {
        this(null);
    }

    @Autowired
    public PdfSigning(@Value("${gongwen.pdf.tsa-url:}") String tsaUrl) {
        this.tsaUrl = tsaUrl == null || tsaUrl.isBlank() ? null : tsaUrl.strip();
    }

    public byte[] sign(byte[] pdf, ExternalSealSigner signer, String reason, String location) {
        String keyAlgorithm = keyAlgorithm(signer.signatureAlgorithm());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfSigner pdfSigner = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                    new StampingProperties().useAppendMode());
            pdfSigner.setSignerProperties(new SignerProperties()
                    .setFieldName("seal-" + System.nanoTime())
                    .setReason(reason)
                    .setLocation(location));
            pdfSigner.signDetached(new BouncyCastleDigest(), new External(signer, keyAlgorithm), signer.chain(),
                    null, null, tsaUrl == null ? null : new TSAClientBouncyCastle(tsaUrl), ESTIMATED_SIZE,
                    PdfSigner.CryptoStandard.CADES);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing the PDF failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String keyAlgorithm(String signatureAlgorithm) {
        String upper = signatureAlgorithm.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("SHA256WITH")) {
            throw new IllegalArgumentException("only SHA-256 signatures are supported: " + signatureAlgorithm);
        }
        String key = upper.substring("SHA256WITH".length());
        return switch (key) {
            case "RSA" -> "RSA";
            case "ECDSA" -> "ECDSA";
            default -> throw new IllegalArgumentException("PDF readers verify RSA and ECDSA only: " + signatureAlgorithm);
        };
    }

    private record External(ExternalSealSigner signer, String keyAlgorithm) implements IExternalSignature {

        @Override
        public String getDigestAlgorithmName() {
            return "SHA-256";
        }

        @Override
        public String getSignatureAlgorithmName() {
            return keyAlgorithm;
        }

        @Override
        public ISignatureMechanismParams getSignatureMechanismParameters() {
            return null;
        }

        @Override
        public byte[] sign(byte[] message) {
            return signer.sign(message);
        }
    }
}
