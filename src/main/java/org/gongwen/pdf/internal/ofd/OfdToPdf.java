package org.gongwen.pdf.internal.ofd;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.signatures.appearance.StampAnnot;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.ofdrw.reader.model.StampAnnotEntity;

/**
 * Renders an OFD to a PDF for viewing only: each page's content, then each signature's seal picture (the
 * image inside its SES_Seal, read by ofdrw for v1 and v4 seals) at its stamp annotation's boundary.
 */
public final class OfdToPdf {

    private OfdToPdf() {
    }

    public static byte[] render(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                OfdPageRenderer renderer = new OfdPageRenderer(reader, new ViewerFonts(reader));
                Map<String, PdfPage> pages = new HashMap<>();
                Map<String, Double> heights = new HashMap<>();
                for (int n = 1; n <= reader.getNumberOfPages(); n++) {
                    PageInfo info = reader.getPageInfo(n);
                    ST_Box size = info.getSize();
                    PdfPage page = pdf.addNewPage(new PageSize((float) (size.getWidth() * OfdPageRenderer.PT_PER_MM),
                            (float) (size.getHeight() * OfdPageRenderer.PT_PER_MM)));
                    renderer.draw(info.getAllLayer(), new PdfCanvas(page), size.getHeight());
                    pages.put(info.getId().toString(), page);
                    heights.put(info.getId().toString(), size.getHeight());
                }
                if (reader.hasSignature()) {
                    stamps(ofd, pdf, reader.getNumberOfPages());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each seal's picture at its stamp, as the project's own verifier reads them: ofdrw's getStampAnnots decodes
     * the SES structures with Bouncy Castle methods 1.81 no longer has (NoSuchMethodError).
     */
    private static void stamps(byte[] ofd, PdfDocument pdf, int pageCount) {
        for (org.gongwen.pdf.OfdSignatureCheck seal : new org.gongwen.pdf.OfdSignatureVerifier().verify(ofd)) {
            org.gongwen.pdf.OfdStampPlace place = seal.place();
            byte[] picture = seal.sealPicture();
            if (place == null || picture == null || "ofd".equalsIgnoreCase(seal.sealPictureType())
                    || place.pageIndex() < 0 || place.pageIndex() >= pageCount) {
                continue;
            }
            PdfPage page = pdf.getPage(place.pageIndex() + 1);
            double k = OfdPageRenderer.PT_PER_MM;
            float width = (float) (place.widthMm() * k);
            float height = (float) (place.heightMm() * k);
            float x = (float) (place.xMm() * k);
            float y = page.getPageSize().getHeight() - (float) (place.yMm() * k) - height;
            try {
                new PdfCanvas(page).addImageWithTransformationMatrix(ImageDataFactory.create(picture), width, 0, 0,
                        height, x, y);
            } catch (RuntimeException e) {
                // a picture iText cannot read is left out of the view; the verifier judges the seal
            }
        }
    }

}
