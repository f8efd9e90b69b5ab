package org.gongwen.pdf;

import org.gongwen.pdf.internal.CopyNumberStamp;
import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.pdf.internal.LayoutVariant;
import org.springframework.stereotype.Component;

/**
 * Print files of a signed document (A11.2). Within the recipient's quota a print is an official copy:
 * the signed layout with its 份号, countersigned over the whole file; beyond it, a copy without legal
 * force. Counting the copies is the caller's job. Thread-safe.
 */
@Component
public class PrintCopies {

    private final LayoutRenderer renderer;
    private final LayoutSettings settings;
    private final CopyNumberStamp copyNumbers;
    private final PdfSigning signing;

    public PrintCopies(LayoutRenderer renderer, LayoutSettings settings, PdfSigning signing) {
        this.renderer = renderer;
        this.settings = settings;
        this.copyNumbers = new CopyNumberStamp(settings, renderer.fonts());
        this.signing = signing;
    }

    /**
     * The signed layout (PDF/A from {@link LayoutRenderer} without a 份号, then signed) with {@code
     * copyNumber} printed top left on the first line of the type area, zero-padded to six digits by
     * default; a 紧急程度 moves one line down under it. Red header, rule and seal are left as they are.
     * The number is added in an incremental update after the seal's signature, which stays valid for
     * the revision it signed; then {@code countersigner} (the county system) signs the whole copy, reason
     * "份号 000007", so that any later change, to the number or anything else, is detected.
     *
     * @throws IllegalArgumentException when {@code copyNumber} is below 1 or has too many digits
     */
    public byte[] officialCopy(byte[] signedLayout, int copyNumber, ExternalSealSigner countersigner, String location) {
        return signing.countersign(
                copyNumbers.stamp(signedLayout, copyNumber), countersigner, reason(copyNumber), location);
    }

    /** The countersignature's reason: the 份号 as printed. */
    public String reason(int copyNumber) {
        return "份号 " + String.format("%0" + settings.copyNumberDigits() + "d", copyNumber);
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
