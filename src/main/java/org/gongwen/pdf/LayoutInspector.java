package org.gongwen.pdf;

import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a layout file for the format check a recipient makes before signing for it (A10.1): pages,
 * seal images (in the page or as a signature's appearance) and text. Never throws for a damaged file; it is then {@code readable == false}.
 */
@Component
public class LayoutInspector {

    public LayoutFacts inspect(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return LayoutFacts.unreadable();
        }
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            int seals = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PageListener listener = new PageListener();
                new PdfCanvasProcessor(listener).processPageContent(document.getPage(page));
                text.append(listener.text.getResultantText());
                seals += listener.seals + sealAppearances(document.getPage(page));
            }
            return new LayoutFacts(true, document.getNumberOfPages(), seals, LayoutFacts.withoutSpace(text.toString()));
        } catch (IOException | RuntimeException e) {
            // iText reports malformed files with unchecked exceptions
            return LayoutFacts.unreadable();
        }
    }

    /** Seal images in the appearances of the page's form fields: the seal is the signature's appearance. */
    private static int sealAppearances(PdfPage page) {
        int seals = 0;
        for (PdfAnnotation annotation : page.getAnnotations()) {
            PdfStream appearance = annotation.getPdfObject().getAsDictionary(PdfName.AP) == null
                    ? null
                    : annotation.getPdfObject().getAsDictionary(PdfName.AP).getAsStream(PdfName.N);
            if (PdfName.Widget.equals(annotation.getSubtype()) && appearance != null) {
                PageListener listener = new PageListener();
                PdfDictionary resources = appearance.getAsDictionary(PdfName.Resources);
                new PdfCanvasProcessor(listener)
                        .processContent(
                                appearance.getBytes(),
                                new PdfResources(resources == null ? new PdfDictionary() : resources));
                seals += listener.seals;
            }
        }
        return seals;
    }

    /**
     * Text in reading order, and the seal images: a seal is stamped as a square image multiplied over
     * the text (see the layout's signature block); body pages given as images are neither.
     */
    private static final class PageListener implements IEventListener {

        final LocationTextExtractionStrategy text = new LocationTextExtractionStrategy();
        int seals;

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (data instanceof ImageRenderInfo image) {
                if (isSeal(image)) {
                    seals++;
                }
            } else {
                text.eventOccurred(data, type);
            }
        }

        private static boolean isSeal(ImageRenderInfo image) {
            Matrix ctm = image.getImageCtm();
            float width = Math.abs(ctm.get(Matrix.I11));
            float height = Math.abs(ctm.get(Matrix.I22));
            boolean square = width > 0 && Math.abs(width - height) <= 0.02f * width;
            return square && PdfName.Multiply.equals(image.getGraphicsState().getBlendMode());
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_TEXT, EventType.RENDER_IMAGE);
        }
    }
}
