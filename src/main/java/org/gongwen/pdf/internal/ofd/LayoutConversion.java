package org.gongwen.pdf.internal.ofd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.gongwen.pdf.OfdLayout;
import org.gongwen.pdf.OfdStampPlace;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.internal.SealField;

/**
 * Converts the laid-out PDF of a document to OFD, page for page and glyph for glyph (see {@link
 * PageReader}, {@link OfdWriter}). The seal is the appearance of the PDF's signature field, not page
 * content, so it is not carried over: its place is reported for the OFD signature's stamp annotation.
 */
public final class LayoutConversion {

    private LayoutConversion() {}

    public static OfdLayout convert(OfficialDocument doc, byte[] layoutPdf) {
        try (PDDocument pdf = Loader.loadPDF(layoutPdf)) {
            Map<PDFont, EmbeddedFont> fonts = new LinkedHashMap<>();
            List<PageDrawing> pages = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                pages.add(PageReader.read(page, fonts));
            }
            OfdStampPlace seal = doc.seal() == null ? null : sealPlace(pdf);
            DocumentTags tags = DocumentTags.of(doc, pages, seal);
            byte[] ofd = new OfdWriter(pages).write(DocumentInfo.of(doc), tags);
            return new OfdLayout(ofd, seal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the seal field's widget stands, in millimetres from the page's top left; null without one. */
    static OfdStampPlace sealPlace(PDDocument pdf) throws IOException {
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
        PDField field = form == null ? null : form.getField(SealField.NAME);
        if (field == null || field.getWidgets().isEmpty()) {
            return null;
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        for (int p = 0; p < pdf.getNumberOfPages(); p++) {
            PDPage page = pdf.getPage(p);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getCOSObject() == widget.getCOSObject()) {
                    PDRectangle box = widget.getRectangle();
                    double height = page.getMediaBox().getHeight();
                    return new OfdStampPlace(
                            p,
                            OfdWriter.mm(box.getLowerLeftX()),
                            OfdWriter.mm(height - box.getUpperRightY()),
                            OfdWriter.mm(box.getWidth()),
                            OfdWriter.mm(box.getHeight()));
                }
            }
        }
        return null;
    }
}
