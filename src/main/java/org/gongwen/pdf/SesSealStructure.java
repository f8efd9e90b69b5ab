package org.gongwen.pdf;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongwen.pdf.internal.ofd.SesSealCodec;
import org.gongwen.pdf.internal.ofd.Sm2Crypto;

/**
 * A GB/T 38540 electronic seal (SES_Seal, version 4) as its DER says it. The PDF module owns the format: it
 * writes the seals the seal module makes ({@link #make}) and reads them for every verifier ({@link #decode});
 * whether the certificates are trusted is the seal module's to judge.
 *
 * @param der                the SES_Seal, DER encoded
 * @param version            SES_Header.version (4)
 * @param esId               the seal's id (esID)
 * @param name               the seal's name (SES_ESPropertyInfo.name)
 * @param type               SES_ESPropertyInfo.type ({@link #UNIT_SEAL} for a unit's seal)
 * @param certificates       the certificates the seal binds (certListType 1); empty for a digest list
 * @param createdAt          when the seal was made
 * @param validStart         from when it is valid
 * @param validEnd           until when
 * @param pictureType        the picture's type (PNG, OFD, …)
 * @param picture            the seal picture
 * @param widthMm            its width in millimetres
 * @param heightMm           its height in millimetres
 * @param maker              the seal maker's (制章人) certificate
 * @param signatureAlgorithm the maker signature's algorithm (OID)
 * @param signedInfo         SES_SealInfo, DER: what the maker signed
 * @param signature          the maker's signature
 */
public record SesSealStructure(
        byte[] der,
        int version,
        String esId,
        String name,
        int type,
        List<X509Certificate> certificates,
        Instant createdAt,
        Instant validStart,
        Instant validEnd,
        String pictureType,
        byte[] picture,
        int widthMm,
        int heightMm,
        X509Certificate maker,
        String signatureAlgorithm,
        byte[] signedInfo,
        byte[] signature) {

    /** SES_ESPropertyInfo.type of a unit's seal (单位印章). */
    public static final int UNIT_SEAL = 1;

    public SesSealStructure {
        certificates = List.copyOf(certificates);
    }

    /** What a new seal carries; width and height in whole millimetres, as the standard counts them. */
    public record Content(
            String esId,
            String name,
            int type,
            X509Certificate sealCertificate,
            Instant createdAt,
            byte[] png,
            int widthMm,
            int heightMm) {}

    /**
     * Decodes an SES_Seal by the GB/T 38540 v4 structure.
     *
     * @throws IllegalArgumentException when {@code der} is not one
     */
    public static SesSealStructure decode(byte[] der) {
        return SesSealCodec.decode(der);
    }

    /**
     * A new SES_Seal (DER) for {@code content}, valid as long as its certificate, signed by {@code makerSigner}
     * (SM3withSM2 over the DER of SES_SealInfo) whose certificate is {@code maker}.
     */
    public static byte[] make(Content content, X509Certificate maker, UnaryOperator<byte[]> makerSigner) {
        return SesSealCodec.encode(content, maker, makerSigner);
    }

    /** Whether the maker's signature over SES_SealInfo verifies with the maker certificate the seal carries. */
    public boolean makerSignatureHolds() {
        try {
            Signature verifier = Signature.getInstance(signatureAlgorithm, Sm2Crypto.BC);
            verifier.initVerify(maker.getPublicKey());
            verifier.update(signedInfo);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the seal binds {@code certificate} (it is in the seal's certificate list). */
    public boolean binds(X509Certificate certificate) {
        try {
            byte[] encoded = certificate.getEncoded();
            return certificates.stream().anyMatch(c -> {
                try {
                    return Arrays.equals(c.getEncoded(), encoded);
                } catch (CertificateEncodingException e) {
                    return false;
                }
            });
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
