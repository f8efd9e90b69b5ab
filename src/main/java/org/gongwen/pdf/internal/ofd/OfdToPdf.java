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
                    stamps(reader, pages, heights);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stamps(OFDReader reader, Map<String, PdfPage> pages, Map<String, Double> heights) {
        for (StampAnnotEntity entity : reader.getStampAnnots()) {
            byte[] picture = entity.getImageByte();
            if (picture == null || "ofd".equalsIgnoreCase(entity.getImgType())) {
                continue;
            }
            for (StampAnnot stamp : entity.getStampAnnots()) {
                String pageId = stamp.getPageRef().toString();
                PdfPage page = pages.get(pageId);
                if (page == null) {
                    continue;
                }
                ST_Box box = stamp.getBoundary();
                double k = OfdPageRenderer.PT_PER_MM;
                float width = (float) (box.getWidth() * k);
                float height = (float) (box.getHeight() * k);
                float x = (float) (box.getTopLeftX() * k);
                float y = (float) ((heights.get(pageId) - box.getTopLeftY()) * k) - height;
                new PdfCanvas(page).addImageWithTransformationMatrix(ImageDataFactory.create(picture), width, 0, 0,
                        height, x, y);
            }
        }
    }
}
