package org.gongwen.pdf.internal;

import static org.gongwen.pdf.internal.PageGrid.LEFT;
import static org.gongwen.pdf.internal.PageGrid.LINE;

import com.itextpdf.io.source.PdfTokenizer;
import com.itextpdf.io.source.RandomAccessFileOrArray;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputStream;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.util.PdfCanvasParser;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the 份号 on a file laid out without one, where {@link HeaderDrawer} would have put it: flush
 * left on the first line of the type area. GB/T 9704 puts the 紧急程度 under the 份号, so a 紧急程度 on
 * that line moves down one line, as the renderer would have placed it. Page 1 is changed in an
 * incremental update: the file stays PDF/A, and the signed revision stays in it (readers report the
 * change made after signing).
 */
public final class CopyNumberStamp {

    private static final float TOLERANCE = 0.02f;

    private final LayoutSettings settings;
    private final LayoutFonts fonts;

    public CopyNumberStamp(LayoutSettings settings, LayoutFonts fonts) {
        this.settings = settings;
        this.fonts = fonts;
    }

    /** {@code layout}, a PDF/A file from the renderer without a 份号, with {@code copyNumber} printed on it. */
    public byte[] stamp(byte[] layout, int copyNumber) {
        if (copyNumber < 1 || String.valueOf(copyNumber).length() > settings.copyNumberDigits()) {
            throw new IllegalArgumentException(
                    "a copy number has 1 to " + settings.copyNumberDigits() + " digits: " + copyNumber);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument pdf = new PdfADocument(
                new PdfReader(new ByteArrayInputStream(layout)),
                new LayoutPdfWriter(out),
                new StampingProperties().useAppendMode())) {
            PdfPage first = pdf.getFirstPage();
            for (int i = 0; i < first.getContentStreamCount(); i++) {
                moveFirstLineDown(first.getContentStream(i), first);
            }
            HeaderDrawer.copyNumber(new PdfCanvas(first), fonts.bindBody(), settings, copyNumber);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Rewrites the text positions ({@code x y Td}) at the start of the type area's first line one line
     * lower. The header draws each element in a text object of its own from the page origin, so the
     * operands are page coordinates.
     */
    private static void moveFirstLineDown(PdfStream stream, PdfPage page) throws IOException {
        float firstLine = HeaderDrawer.firstLineBaseline();
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        boolean moved = false;
        try (PdfOutputStream out = new PdfOutputStream(rewritten);
                PdfTokenizer tokens = new PdfTokenizer(
                        new RandomAccessFileOrArray(new RandomAccessSourceFactory().createSource(stream.getBytes())))) {
            PdfCanvasParser parser = new PdfCanvasParser(tokens, page.getResources());
            List<PdfObject> operation = new ArrayList<>();
            while (!parser.parse(operation).isEmpty()) {
                String operator = operation.get(operation.size() - 1).toString();
                if ("BI".equals(operator)) {
                    return; // inline image data is not tokens; the renderer never writes any
                }
                if ("Td".equals(operator)
                        && operation.size() == 3
                        && near(operation.get(0), LEFT)
                        && near(operation.get(1), firstLine)) {
                    operation.set(1, new PdfNumber(((PdfNumber) operation.get(1)).floatValue() - LINE));
                    moved = true;
                }
                for (int i = 0; i < operation.size(); i++) {
                    out.write(operation.get(i));
                    out.writeByte(i == operation.size() - 1 ? '\n' : ' ');
                }
            }
        }
        if (moved) {
            stream.setData(rewritten.toByteArray());
            stream.setModified(); // an incremental update writes modified objects only
        }
    }

    private static boolean near(PdfObject operand, float value) {
        return operand instanceof PdfNumber number && Math.abs(number.floatValue() - value) < TOLERANCE;
    }
}
