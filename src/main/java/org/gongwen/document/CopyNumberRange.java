package org.gongwen.document;

/** Copy numbers (份号) {@code first..last} of a document that one recipient unit prints (A11.2). */
public record CopyNumberRange(int first, int last) {

    /** "000001–000003", or "000004" for a single number. */
    public String label() {
        return first == last ? String.format("%06d", first) : String.format("%06d–%06d", first, last);
    }
}
