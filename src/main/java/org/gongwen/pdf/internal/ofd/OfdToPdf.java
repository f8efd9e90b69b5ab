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
import org.gongwen.pdf.OfdStampPlace;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

/**
 * Renders an OFD to a PDF for viewing only: each page's content, then each signature's seal picture (the
 * image inside its SES_Seal, v1 or v4, read without verifying anything) at its stamp annotation's boundary.
 */
public final class OfdToPdf {

    private OfdToPdf() {}

    public static byte[] render(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                OfdPageRenderer renderer = new OfdPageRenderer(reader, new ViewerFonts(reader));
                for (int n = 1; n <= reader.getNumberOfPages(); n++) {
                    PageInfo info = reader.getPageInfo(n);
                    ST_Box size = info.getSize();
                    PdfPage page =
                            pdf.addNewPage(new PageSize((float) (size.getWidth() * OfdPageRenderer.PT_PER_MM), (float)
                                    (size.getHeight() * OfdPageRenderer.PT_PER_MM)));
                    renderer.draw(info.getAllLayer(), new PdfCanvas(page), size.getHeight());
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

    /** Each seal's picture at its stamp, read without verifying the seal: the view shows what the file shows. */
    private static void stamps(byte[] ofd, PdfDocument pdf, int pageCount) {
        for (StampPictures.Stamp stamp : StampPictures.of(ofd)) {
            OfdStampPlace place = stamp.place();
            byte[] picture = stamp.picture();
            if ("ofd".equalsIgnoreCase(stamp.type()) || place.pageIndex() < 0 || place.pageIndex() >= pageCount) {
                continue;
            }
            PdfPage page = pdf.getPage(place.pageIndex() + 1);
            double k = OfdPageRenderer.PT_PER_MM;
            float width = (float) (place.widthMm() * k);
            float height = (float) (place.heightMm() * k);
            float x = (float) (place.xMm() * k);
            float y = page.getPageSize().getHeight() - (float) (place.yMm() * k) - height;
            try {
                new PdfCanvas(page)
                        .addImageWithTransformationMatrix(ImageDataFactory.create(picture), width, 0, 0, height, x, y);
            } catch (RuntimeException e) {
                // a picture iText cannot read is left out of the view; the verifier judges the seal
            }
        }
    }
}
