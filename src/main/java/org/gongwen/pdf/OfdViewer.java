package org.gongwen.pdf;

import org.gongwen.pdf.internal.ofd.OfdToPdf;
import org.springframework.stereotype.Component;

/**
 * Shows an OFD in the browser's PDF viewer without touching it: renders the OFD (read with ofdrw) to a
 * view-only PDF with its embedded fonts (the layout faces where a font is not embedded), paths, images
 * and each electronic signature's seal picture at its stamp. Thread-safe.
 */
@Component
public class OfdViewer {

    /** A PDF that looks like {@code ofd}, for viewing only; it carries no signature. */
    public byte[] toPdf(byte[] ofd) {
        return OfdToPdf.render(ofd);
    }
}
