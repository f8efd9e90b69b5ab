package org.gongwen.pdf;

import com.itextpdf.kernel.colors.Color;
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

/** What a rendered PDF draws, page by page: text runs with colour and box, stroked paths, images. */
final class PdfInspection {

    record TextRun(int page, String text, Color fill, Rectangle box) {
    }

    record Stroke(int page, Color colour, float width, Rectangle box) {
    }

    record Image(int page, Rectangle box) {
    }

    final List<TextRun> texts = new ArrayList<>();
    final List<Stroke> strokes = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<String> pageTexts = new ArrayList<>();
    final int pages;

    PdfInspection(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            pages = document.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                int page = p;
                new PdfCanvasProcessor(new Listener(page)).processPageContent(document.getPage(page));
                pageTexts.add(PdfTextExtractor.getTextFromPage(document.getPage(page), new LocationTextExtractionStrategy()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allText() {
        return String.join("\n", pageTexts);
    }

    /** The joined box of the text runs on {@code page} whose text is part of {@code needle}, in order. */
    List<TextRun> runsContaining(String fragment) {
        return texts.stream().filter(t -> t.text().contains(fragment)).toList();
    }

    private final class Listener implements IEventListener {
        private final int page;

        Listener(int page) {
            this.page = page;
        }

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (data instanceof TextRenderInfo info) {
                Vector low = info.getDescentLine().getStartPoint();
                Vector high = info.getAscentLine().getEndPoint();
                Rectangle box = new Rectangle(low.get(0), low.get(1), high.get(0) - low.get(0), high.get(1) - low.get(1));
                texts.add(new TextRun(page, info.getText(), info.getFillColor(), box));
            } else if (data instanceof PathRenderInfo info && (info.getOperation() & PathRenderInfo.STROKE) != 0) {
                float[] bounds = bounds(info);
                strokes.add(new Stroke(page, info.getStrokeColor(), info.getLineWidth(),
                        new Rectangle(bounds[0], bounds[1], bounds[2] - bounds[0], bounds[3] - bounds[1])));
            } else if (data instanceof ImageRenderInfo info) {
                var ctm = info.getImageCtm();
                images.add(new Image(page, new Rectangle(ctm.get(6), ctm.get(7), ctm.get(0), ctm.get(4))));
            }
        }

        private float[] bounds(PathRenderInfo info) {
            float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            var ctm = info.getCtm();
            info.getPath().getSubpaths().forEach(sub -> sub.getPiecewiseLinearApproximation().forEach(point -> {
                Vector v = new Vector((float) point.getX(), (float) point.getY(), 1).cross(ctm);
                b[0] = Math.min(b[0], v.get(0));
                b[1] = Math.min(b[1], v.get(1));
                b[2] = Math.max(b[2], v.get(0));
                b[3] = Math.max(b[3], v.get(1));
            }));
            return b;
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_TEXT, EventType.RENDER_PATH, EventType.RENDER_IMAGE);
        }
    }
}
