package org.gongwen.pdf.internal;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.util.Optional;

/**
 * The seal as an empty signature field: its widget stands where the seal stands and shows the seal
 * image, multiplied over the 署名 and date. Signing fills this field and keeps that appearance, so the
 * seal a reader clicks opens the signature.
 */
public final class SealField {

    public static final String NAME = "seal";

    private SealField() {}

    static void add(PdfDocument pdf, PdfPage page, Rectangle rectangle, byte[] png) {
        PdfFormXObject appearance =
                new PdfFormXObject(new Rectangle(0, 0, rectangle.getWidth(), rectangle.getHeight()));
        PdfImageXObject image = new PdfImageXObject(ImageDataFactory.create(png));
        new PdfCanvas(appearance, pdf)
                .saveState()
                .setExtGState(new PdfExtGState().setBlendMode(PdfExtGState.BM_MULTIPLY))
                .addXObjectFittedIntoRectangle(image, new Rectangle(0, 0, rectangle.getWidth(), rectangle.getHeight()))
                .restoreState();
        PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, NAME)
                .setWidgetRectangle(rectangle)
                .setPage(page)
                .createSignature();
        field.disableFieldRegeneration();
        PdfWidgetAnnotation widget = field.getWidgets().get(0);
        widget.setFlags(PdfAnnotation.PRINT);
        widget.setNormalAppearance(appearance.getPdfObject());
        PdfFormCreator.getAcroForm(pdf, true).addField(field, page);
    }

    /** The name of the first signature field that is not signed yet, if the file has one. */
    public static Optional<String> unsigned(PdfDocument pdf) {
        PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, false);
        if (form == null) {
            return Optional.empty();
        }
        for (PdfFormField field : form.getAllFormFields().values()) {
            if (PdfName.Sig.equals(field.getFormType())
                    && field.getValue() == null
                    && !field.getWidgets().isEmpty()) {
                return Optional.of(field.getFieldName().toUnicodeString());
            }
        }
        return Optional.empty();
    }
}
