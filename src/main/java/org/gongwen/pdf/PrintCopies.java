package org.gongwen.pdf;

import org.gongwen.pdf.internal.CopyNumberStamp;
import org.springframework.stereotype.Component;

/**
 * Print files of a signed document (A11.2). Within the recipient's quota a print is an official copy:
 * the signed layout with its 份号; beyond it, a copy without legal force. Counting the copies is the
 * caller's job. Thread-safe.
 */
@Component
public class PrintCopies {

    private final LayoutRenderer renderer;
    private final CopyNumberStamp copyNumbers;

    public PrintCopies(LayoutRenderer renderer, LayoutSettings settings) {
        this.renderer = renderer;
        this.copyNumbers = new CopyNumberStamp(settings, renderer.fonts());
    }

    /**
     * The signed layout (PDF/A from {@link LayoutRenderer} without a 份号, then signed) with {@code
     * copyNumber} printed top left on the first line of the type area, zero-padded to six digits by
     * default; a 紧急程度 moves one line down under it. Red header, rule and seal are left as they are.
     * The signed revision stays in the file, so readers report a change after signing.
     *
     * @throws IllegalArgumentException when {@code copyNumber} is below 1 or has too many digits
     */
    public byte[] officialCopy(byte[] signedLayout, int copyNumber) {
        return copyNumbers.stamp(signedLayout, copyNumber);
    }

    /**
     * {@code document} laid out as a copy {@linkplain LayoutVariant#NO_LEGAL_FORCE without legal force}:
     * no red, no seal image (its place is kept), no 份号, marked on every page; its copy number is ignored.
     *
     * @throws IllegalArgumentException when a character has no glyph in the face that would print it
     */
    public byte[] unofficialCopy(OfficialDocument document) {
        return renderer.render(document, LayoutVariant.NO_LEGAL_FORCE);
    }
}
