package org.gongwen.pdf;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * One signature of an OFD as {@link OfdSignatureVerifier} found it. Whether the certificates are trusted (chain
 * to the county's SM2 CA, revocation) is for the caller to judge.
 *
 * @param id                the signature's ID in Signatures.xml
 * @param type              a seal (GB/T 38540 electronic signature) or a digital signature (GB/T 35275)
 * @param sesVersion        the SES_Signature version (4, or 1 for GM/T 0031), 0 for a digital signature or
 *                          when unreadable
 * @param signerCertificate the certificate that made the signature, null when unreadable
 * @param sesSeal           the embedded SES_Seal (DER), null for a digital signature or when unreadable
 * @param sealName          the seal's name, null without a seal
 * @param sealId            the seal's esID, null without a seal
 * @param sealPicture       the seal's image (its type in {@code sealPictureType}, e.g. PNG), null without a seal
 * @param sealPictureType   the image's type, null without a seal
 * @param makerCertificate  the seal maker's (制章人) certificate, null without a seal
 * @param signTime          the time in TBS_Sign for a seal, the Signature.xml's SignatureDateTime otherwise;
 *                          null when unknown
 * @param place             the stamp annotation's page and box, null when the signature shows none
 * @param protectedFiles    the files whose digests the signature holds (References), container paths
 * @param intact            every protected file is unchanged, the signature value verifies with the signer's
 *                          certificate and, for a seal, the seal's maker signature verifies
 * @param failure           what fails, in Chinese (e.g. 文件 Doc_0/Pages/Page_0/Content.xml 已被改动); null
 *                          when intact
 */
public record OfdSignatureCheck(
        String id,
        Type type,
        int sesVersion,
        X509Certificate signerCertificate,
        byte[] sesSeal,
        String sealName,
        String sealId,
        byte[] sealPicture,
        String sealPictureType,
        X509Certificate makerCertificate,
        Instant signTime,
        OfdStampPlace place,
        List<String> protectedFiles,
        boolean intact,
        String failure) {

    public enum Type {
        /** An electronic seal (签章, GB/T 38540 SES_Signature). */
        SEAL,
        /** A digital signature (签名, GB/T 35275 SignedData). */
        SIGN
    }

    public OfdSignatureCheck {
        protectedFiles = protectedFiles == null ? List.of() : List.copyOf(protectedFiles);
    }

    /** Whether the signature protects the signature list too, so that nothing can be added after it. */
    public boolean protectsSignatureList() {
        return protectedFiles.stream().anyMatch(f -> f.endsWith("/Signatures.xml"));
    }
}
