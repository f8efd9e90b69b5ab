package org.gongwen.receipt.internal;

import java.time.Instant;
import java.util.List;

/**
 * What verifying an OFD file found, for a file received from outside the county (the regulation's
 * fallback when it did not come through the system): each signature on its own, the pages and GB/T 33476
 * tags, and a verdict. Texts are in the language asked for (Chinese on pages and by default).
 *
 * @param sha256     the uploaded file's SHA-256 (hex)
 * @param tags       the GB/T 33476 elements the file's semantic tags name, in their order; empty without tags
 * @param verdict    the overall verdict, {@code verdictText} saying it in words
 * @param findings   every point checked, each holding or failing, signatures' findings included
 */
public record OfdReport(
        String fileName,
        long sizeBytes,
        String sha256,
        int pages,
        boolean tagged,
        List<String> tags,
        List<SignatureReport> signatures,
        Verdict verdict,
        String verdictText,
        List<Finding> findings) {

    public OfdReport {
        tags = List.copyOf(tags);
        signatures = List.copyOf(signatures);
        findings = List.copyOf(findings);
    }

    public enum Verdict {
        /** Every signature intact, made with county SM2 certificates valid and unrevoked at signing, seals valid. */
        VALID,
        /** Every signature intact, but at least one certificate was not issued by the county SM2 CA. */
        INTACT_FOREIGN,
        /** Some signature is broken, or was made with a revoked or expired certificate, or its seal is invalid. */
        INVALID,
        /** The file carries no signature. */
        UNSIGNED
    }

    /** One point checked, holding or failing, in words. */
    public record Finding(boolean holds, String text) {}

    /**
     * One signature of the file.
     *
     * @param type                 SEAL (电子签章, GB/T 38540) or SIGN (数字签名, GB/T 35275)
     * @param issuer               the signer certificate's issuer (X.500 name)
     * @param countyIssued         the certificate chains to the county SM2 CA
     * @param revoked              for a county certificate: revoked by the county CA; null for another CA's
     * @param revokedAt            when, or null
     * @param validAtSigning       the signing time lies within the certificate's validity
     * @param intact               the protected files are unchanged and the signature value verifies
     * @param failure              what fails (naming the changed file), or null
     * @param sesSealMakerValid    for a seal: its SES_Seal's maker signature verifies; null for a digital signature
     * @param sesSealTrusted       for a seal: the SES_Seal is valid as the county judges it (maker and seal
     *                             certificate chain to the county SM2 CA, maker not revoked); null otherwise
     * @param sesSealReason        why the SES_Seal is not valid, or null
     */
    public record SignatureReport(
            int number,
            String type,
            String sealName,
            String sealId,
            String signerSubject,
            String signerSerial,
            String issuer,
            boolean countyIssued,
            Boolean revoked,
            Instant revokedAt,
            Instant signTime,
            boolean validAtSigning,
            Instant certificateNotBefore,
            Instant certificateNotAfter,
            boolean intact,
            String failure,
            Boolean sesSealMakerValid,
            Boolean sesSealTrusted,
            String sesSealReason,
            String sesSealMaker,
            List<String> protectedFiles,
            List<Finding> findings) {

        public SignatureReport {
            protectedFiles = List.copyOf(protectedFiles);
            findings = List.copyOf(findings);
        }

        /** Holds as the county judges signatures: intact, county certificate valid and unrevoked at signing. */
        @com.fasterxml.jackson.annotation.JsonProperty("trusted")
        public boolean trusted() {
            return intact
                    && countyIssued
                    && validAtSigning
                    && !revokedBeforeSigning()
                    && !Boolean.FALSE.equals(sesSealTrusted);
        }

        private boolean revokedBeforeSigning() {
            return revokedAt != null && (signTime == null || !revokedAt.isAfter(signTime));
        }
    }
}
