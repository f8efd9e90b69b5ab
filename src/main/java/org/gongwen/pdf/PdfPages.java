package org.gongwen.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF someone uploaded (a body, a seal's paper impression): how many, how large, and
 * each as a picture. Opening checks that the file is a readable, unencrypted PDF; nothing is rendered
 * until asked, so a caller can refuse an oversized page from its size alone.
 */
public final class PdfPages implements AutoCloseable {

    /** A file that is not a PDF this module can read, or one locked with a password. */
    public static final class UnreadablePdfException extends IOException {

        private final boolean encrypted;

        UnreadablePdfException(boolean encrypted, Throwable cause) {
            super(encrypted ? "encrypted PDF" : "unreadable PDF", cause);
            this.encrypted = encrypted;
        }

        public boolean encrypted() {
            return encrypted;
        }
    }

    private final PDDocument document;
    private PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    public static PdfPages open(byte[] pdf) throws UnreadablePdfException {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(true, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(false, e);
        }
        if (document.isEncrypted()) {
            close(document);
            throw new UnreadablePdfException(true, null);
        }
        return new PdfPages(document);
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Width of page {@code index} (0-based, crop box) in points. */
    public float widthPt(int index) {
        return document.getPage(index).getCropBox().getWidth();
    }

    /** Height of page {@code index} (0-based, crop box) in points. */
    public float heightPt(int index) {
        return document.getPage(index).getCropBox().getHeight();
    }

    /** Page {@code index} (0-based) as an RGB picture at {@code dpi}. */
    public BufferedImage render(int index, float dpi) throws IOException {
        if (renderer == null) {
            renderer = new PDFRenderer(document);
        }
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    /**
     * Page {@code index} at {@code dpi}, or at the lower resolution that keeps its longest side within
     * {@code maxPixels}.
     */
    public BufferedImage render(int index, float dpi, int maxPixels) throws IOException {
        PDRectangle box = document.getPage(index).getCropBox();
        float longest = Math.max(box.getWidth(), box.getHeight());
        return render(index, Math.min(dpi, maxPixels * 72f / Math.max(1, longest)));
    }

    @Override
    public void close() {
        close(document);
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // read from memory: nothing to release that could fail
        }
    }
}
