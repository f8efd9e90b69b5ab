package org.gongwen.pdf;

import org.gongwen.pdf.internal.LayoutVariant;
import org.gongwen.pdf.internal.ofd.LayoutConversion;
import org.springframework.stereotype.Component;

/**
 * Writes a document's official layout as OFD (GB/T 33190-2016) with the PDF's look: the same pages,
 * glyphs at the same places in the same faces (embedded as subsets), the red elements, rules, images
 * and page numbers; GB/T 33476 semantic tags for the elements (Doc_0/Tags) and the document's metadata
 * (OFD.xml DocInfo). The seal is left to the OFD signature, whose stamp goes at {@link OfdLayout#sealPlace()}.
 * Thread-safe.
 */
@Component
public class OfdLayoutWriter {

    /**
     * @param doc       the document
     * @param layoutPdf its {@linkplain LayoutVariant#OFFICIAL official} layout from {@link LayoutRenderer},
     *                  unsigned (the seal field's appearance gives the seal's place)
     */
    public OfdLayout write(OfficialDocument doc, byte[] layoutPdf) {
        return LayoutConversion.convert(doc, layoutPdf);
    }
}
