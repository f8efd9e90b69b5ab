package org.gongwen.support;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceCmyk;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a PDF draws, page by page (pages count from 1): text runs with their fill colour and box,
 * stroked and filled paths with their colour, images, and each page's extracted text. Boxes are in
 * page coordinates (points from the bottom left).
 */
public final class PdfInspection {

    /** {@code font} is the PostScript name without the subset prefix. */
    public record TextRun(int page, String text, Color fill, Rectangle box, String font) {}

    public record Stroke(int page, Color colour, float width, Rectangle box) {}

    public record Fill(int page, Color colour, Rectangle box) {}

    public record Image(int page, Rectangle box) {}

    public final List<TextRun> texts = new ArrayList<>();
    public final List<Stroke> strokes = new ArrayList<>();
    public final List<Fill> fills = new ArrayList<>();
    public final List<Image> images = new ArrayList<>();
    public final List<String> pageTexts = new ArrayList<>();
    public final int pages;

    public PdfInspection(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            pages = document.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                int page = p;
                new PdfCanvasProcessor(new Listener(page, 0, 0)).processPageContent(document.getPage(page));
                widgetAppearances(document.getPage(page), page);
                pageTexts.add(
                        PdfTextExtractor.getTextFromPage(document.getPage(page), new LocationTextExtractionStrategy()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Images drawn by form fields (the seal is the signature field's appearance), placed as a viewer
     * places an appearance whose box starts at its origin: at the lower left of the widget.
     */
    private void widgetAppearances(com.itextpdf.kernel.pdf.PdfPage pdfPage, int page) {
        for (var annotation : pdfPage.getAnnotations()) {
            var ap = annotation.getPdfObject().getAsDictionary(com.itextpdf.kernel.pdf.PdfName.AP);
            var normal = ap == null ? null : ap.getAsStream(com.itextpdf.kernel.pdf.PdfName.N);
            if (normal == null) {
                continue;
            }
            Rectangle rect = annotation.getRectangle().toRectangle();
            var resources = normal.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.Resources);
            new PdfCanvasProcessor(new Listener(page, rect.getX(), rect.getY()))
                    .processContent(
                            normal.getBytes(),
                            new com.itextpdf.kernel.pdf.PdfResources(
                                    resources == null ? new com.itextpdf.kernel.pdf.PdfDictionary() : resources));
        }
    }

    public String allText() {
        return String.join("\n", pageTexts);
    }

    /** The text runs whose text contains {@code fragment}. */
    public List<TextRun> runsContaining(String fragment) {
        return texts.stream().filter(t -> t.text().contains(fragment)).toList();
    }

    /** Every colour something is drawn in: text fills, path strokes and path fills. */
    public List<Color> colours() {
        return Stream.of(
                        texts.stream().map(TextRun::fill),
                        strokes.stream().map(Stroke::colour),
                        fills.stream().map(Fill::colour))
                .flatMap(s -> s)
                .toList();
    }

    /** The colours that read as red (header, rule, seal red): strongly red, little green and blue. */
    public List<Color> reds() {
        return colours().stream().filter(PdfInspection::isRed).toList();
    }

    /** RGB with red at least 0.5 and green and blue at most 0.35, or CMYK with M and Y at least 0.5 and C at most 0.2. */
    public static boolean isRed(Color colour) {
        if (colour == null) {
            return false;
        }
        float[] v = colour.getColorValue();
        if (colour instanceof DeviceRgb || (v.length == 3 && !(colour instanceof DeviceCmyk))) {
            return v[0] >= 0.5f && v[1] <= 0.35f && v[2] <= 0.35f;
        }
        if (colour instanceof DeviceCmyk || v.length == 4) {
            return v[0] <= 0.2f && v[1] >= 0.5f && v[2] >= 0.5f;
        }
        return false;
    }

    private final class Listener implements IEventListener {
        private final int page;
        private final float dx;
        private final float dy;

        Listener(int page, float dx, float dy) {
            this.page = page;
            this.dx = dx;
            this.dy = dy;
        }

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (data instanceof TextRenderInfo info) {
                Vector low = info.getDescentLine().getStartPoint();
                Vector high = info.getAscentLine().getEndPoint();
                Rectangle box =
                        new Rectangle(low.get(0), low.get(1), high.get(0) - low.get(0), high.get(1) - low.get(1));
                String font = info.getFont().getFontProgram().getFontNames().getFontName();
                texts.add(new TextRun(
                        page, info.getText(), info.getFillColor(), box, font.replaceFirst("^[A-Z]{6}\\+", "")));
            } else if (data instanceof PathRenderInfo info) {
                if ((info.getOperation() & PathRenderInfo.STROKE) != 0) {
                    strokes.add(new Stroke(page, info.getStrokeColor(), info.getLineWidth(), bounds(info)));
                }
                if ((info.getOperation() & PathRenderInfo.FILL) != 0) {
                    fills.add(new Fill(page, info.getFillColor(), bounds(info)));
                }
            } else if (data instanceof ImageRenderInfo info) {
                var ctm = info.getImageCtm();
                images.add(new Image(page, new Rectangle(dx + ctm.get(6), dy + ctm.get(7), ctm.get(0), ctm.get(4))));
            }
        }

        private Rectangle bounds(PathRenderInfo info) {
            float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            var ctm = info.getCtm();
            info.getPath()
                    .getSubpaths()
                    .forEach(sub -> sub.getPiecewiseLinearApproximation().forEach(point -> {
                        Vector v = new Vector((float) point.getX(), (float) point.getY(), 1).cross(ctm);
                        b[0] = Math.min(b[0], v.get(0));
                        b[1] = Math.min(b[1], v.get(1));
                        b[2] = Math.max(b[2], v.get(0));
                        b[3] = Math.max(b[3], v.get(1));
                    }));
            return new Rectangle(b[0], b[1], b[2] - b[0], b[3] - b[1]);
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_TEXT, EventType.RENDER_PATH, EventType.RENDER_IMAGE);
        }
    }
}
