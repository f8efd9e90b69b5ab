package org.gongwen.pdf;

import java.util.List;
import java.util.Optional;

/**
 * The signatures of a PDF, oldest first. An unreadable file is {@code readable == false} with the
 * reason in {@code failure}, never an exception.
 */
public record PdfSignatures(boolean readable, String failure, List<PdfSignature> signatures) {

    public PdfSignatures {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    static PdfSignatures unreadable(String failure) {
        return new PdfSignatures(false, failure, List.of());
    }

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** The newest signature (document time-stamps aside), the one that should cover the whole file. */
    public Optional<PdfSignature> latest() {
        return signatures.stream().filter(s -> !s.documentTimeStamp()).reduce((first, second) -> second);
    }

    /** The newest document time-stamp (PAdES B-LTA), whose certificate must be renewed before it expires. */
    public Optional<PdfSignature> latestDocumentTimeStamp() {
        return signatures.stream().filter(PdfSignature::documentTimeStamp).reduce((first, second) -> second);
    }
}
