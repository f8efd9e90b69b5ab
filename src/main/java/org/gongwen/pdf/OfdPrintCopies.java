package org.gongwen.pdf;

import org.gongwen.pdf.internal.LayoutSettings;
import org.gongwen.pdf.internal.ofd.CopyNumberAnnotation;
import org.springframework.stereotype.Component;

/**
 * Official print copies of a sealed OFD (A11.2), as {@link PrintCopies} makes them of the PDF: the sealed file
 * with its 份号, countersigned over the whole package. Counting the copies is the caller's job. Thread-safe.
 */
@Component
public class OfdPrintCopies {

    private final OfdSigning signing;
    private final CopyNumberAnnotation copyNumbers;

    public OfdPrintCopies(OfdSigning signing, LayoutSettings settings) {
        this.signing = signing;
        this.copyNumbers = new CopyNumberAnnotation(settings.copyNumberDigits());
    }

    /**
     * {@code sealedOfd} (sealed by {@link OfdSigning#seal}) with {@code copyNumber}, zero-padded to six digits by
     * default, as an annotation at the top left of page 1; the seal stays intact, as annotations are outside
     * what it protects. Then {@code countersigner} (the county system) signs the whole package, so that any
     * later change, to the number or anything else, is detected.
     *
     * @throws IllegalArgumentException when {@code copyNumber} is below 1 or has too many digits
     */
    public byte[] officialCopy(byte[] sealedOfd, int copyNumber, OfdSigner countersigner) {
        return signing.countersign(copyNumbers.add(sealedOfd, copyNumber), countersigner);
    }

    /** The 份号 as printed. */
    public String copyNumber(int copyNumber) {
        return copyNumbers.text(copyNumber);
    }
}
