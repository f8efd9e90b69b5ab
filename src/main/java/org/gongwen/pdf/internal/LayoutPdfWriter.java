package org.gongwen.pdf.internal;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.OutputStream;

/**
 * The writer of layout files. It leaves out the CIDSet of CFF-based CID fonts (FandolFang, FandolKai):
 * iText marks CIDs 0 to the glyph count, while such a font's CIDs are Adobe-GB1 numbers, so veraPDF
 * rejects the file (PDF/A-2 6.2.11.4.2). PDF/A-2 does not ask for a CIDSet; TrueType fonts keep theirs.
 */
public final class LayoutPdfWriter extends PdfWriter {

    public LayoutPdfWriter(OutputStream out, WriterProperties properties) {
        super(out, properties);
    }

    public LayoutPdfWriter(OutputStream out) {
        super(out);
    }

    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjStm) {
        if (object instanceof PdfDictionary descriptor
                && PdfName.FontDescriptor.equals(descriptor.getAsName(PdfName.Type))
                && descriptor.containsKey(PdfName.FontFile3)) {
            descriptor.remove(PdfName.CIDSet);
        }
        super.flushObject(object, canBeInObjStm);
    }
}
