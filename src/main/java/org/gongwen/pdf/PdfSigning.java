package org.gongwen.pdf;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.element.Div;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ISignatureMechanismParams;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;
import org.gongwen.pdf.internal.SealField;
import org.gongwen.pdf.internal.TrustClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF after PAdES, in incremental updates so that a PDF/A file stays PDF/A. With the county's
 * {@link TrustServices} a signature is baseline LT: a CAdES detached signature over SHA-256, time-stamped
 * by the county TSA (or the one at {@code gongwen.pdf.tsa-url}), then the certificates and CRLs that
 * validate it in the file's DSS. Without them it is baseline B (T with a TSA URL). The signature fills
 * the layout's seal field when there is one, keeping the seal as its appearance; otherwise it is invisible.
 */
@Component
public class PdfSigning {

    /** Room for the CMS: an RSA-4096 chain of a few certificates and a time-stamp token fit comfortably. */
    private static final int ESTIMATED_SIZE = 32_768;

    private final String tsaUrl;
    private final TrustServices trust;

    /** Without a time-stamping authority or validation data: baseline B. */
    public PdfSigning() {
        this(null, null);
    }

    /** Time-stamped by the TSA at {@code tsaUrl}, without validation data: baseline T. */
    public PdfSigning(String tsaUrl) {
        this(tsaUrl, null);
    }

    @Autowired
    public PdfSigning(@Value("${gongwen.pdf.tsa-url:}") String tsaUrl, TrustServices trust) {
        this.tsaUrl = tsaUrl == null || tsaUrl.isBlank() ? null : tsaUrl.strip();
        this.trust = trust;
    }

    public byte[] sign(byte[] pdf, ExternalSealSigner signer, String reason, String location) {
        String keyAlgorithm = keyAlgorithm(signer.signatureAlgorithm());
        try {
            byte[] signed = signDetached(pdf, signer, keyAlgorithm, reason, location);
            return trust == null ? signed : prolong(signed, false);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing the PDF failed: " + e.getMessage(), e);
        }
    }

    /**
     * A time-stamped signature (baseline T) over the whole of {@code pdf} with nothing added after it, so
     * that readers report it as covering the total document: the county system's countersignature of a
     * print copy, whose seal signature already carries its validation data.
     */
    public byte[] countersign(byte[] pdf, ExternalSealSigner signer, String reason, String location) {
        try {
            return signDetached(pdf, signer, keyAlgorithm(signer.signatureAlgorithm()), reason, location);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing the PDF failed: " + e.getMessage(), e);
        }
    }

    /**
     * PAdES baseline LTA: the validation data of every signature and time-stamp in the file brought up
     * to date in its DSS, then a document time-stamp over all of it. Adding one before the last
     * time-stamp's certificate expires keeps the signatures verifiable.
     *
     * @throws IllegalStateException without a time-stamping authority, or when {@code pdf} is not signed
     */
    public byte[] addDocumentTimeStamp(byte[] pdf) {
        if (trust == null && tsaUrl == null) {
            throw new IllegalStateException("a document time-stamp needs a time-stamping authority");
        }
        try {
            return prolong(pdf, true);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("time-stamping the PDF failed: " + e.getMessage(), e);
        }
    }

    private byte[] signDetached(
            byte[] pdf, ExternalSealSigner signer, String keyAlgorithm, String reason, String location)
            throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner pdfSigner = new PdfSigner(
                new PdfReader(new ByteArrayInputStream(pdf)), out, new StampingProperties().useAppendMode());
        Optional<String> sealField = SealField.unsigned(pdfSigner.getDocument());
        SignerProperties properties = new SignerProperties()
                .setFieldName(sealField.orElse("seal-" + System.nanoTime()))
                .setReason(reason)
                .setLocation(location);
        if (sealField.isPresent()) {
            // the seal drawn by the layout is the whole appearance: no text over it
            properties.setSignatureAppearance(
                    new SignatureFieldAppearance(SignerProperties.IGNORED_ID).setContent(new Div()));
        }
        pdfSigner.setSignerProperties(properties);
        if (sealField.isPresent()) {
            pdfSigner.getSignatureField().setReuseAppearance(true);
        }
        pdfSigner.signDetached(
                new BouncyCastleDigest(),
                new External(signer, keyAlgorithm),
                signer.chain(),
                null,
                null,
                timeStamps(),
                ESTIMATED_SIZE,
                PdfSigner.CryptoStandard.CADES);
        return out.toByteArray();
    }

    /** The DSS for every signature in the file (B-LT), then a document time-stamp when asked (B-LTA). */
    private byte[] prolong(byte[] pdf, boolean timeStamp) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPadesSigner pades = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                .setStampingProperties(new StampingProperties().useAppendMode())
                .setOcspClient(TrustClients.noOcsp())
                .setEstimatedSize(ESTIMATED_SIZE);
        if (trust != null) {
            pades.setCrlClient(TrustClients.crls(trust));
        }
        if (timeStamp) {
            pades.setTimestampSignatureName("archive-" + System.nanoTime());
            pades.prolongSignatures(timeStamps());
        } else {
            pades.prolongSignatures();
        }
        return out.toByteArray();
    }

    private ITSAClient timeStamps() {
        if (tsaUrl != null) {
            return new TSAClientBouncyCastle(tsaUrl);
        }
        return trust == null ? null : TrustClients.timeStamps(trust);
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
            default ->
                throw new IllegalArgumentException("PDF readers verify RSA and ECDSA only: " + signatureAlgorithm);
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
