package org.gongwen.document.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gongwen.pdf.PdfPages;
import org.gongwen.shared.BusinessException;

/**
 * A PDF used as body pages: checked when uploaded, and rasterised for the layout, since the fonts of
 * an arbitrary PDF cannot be trusted to keep the layout file PDF/A.
 */
public final class BodyPdf {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_PAGES = 50;
    static final float DPI = 150;
    /** Longest side of a rendered page; an oversized page is rendered at a lower resolution. */
    static final int MAX_PIXELS = 2480;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private BodyPdf() {}

    /** Throws {@link BusinessException} with a {@code bodyPdf.error.*} key unless {@code pdf} can be used. */
    public static void check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw BusinessException.invalid("bodyPdf.error.empty");
        }
        if (pdf.length > MAX_BYTES) {
            throw BusinessException.tooLarge("bodyPdf.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (pdf.length < MAGIC.length || !Arrays.equals(pdf, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw BusinessException.invalid("bodyPdf.error.type");
        }
        try (PdfPages document = PdfPages.open(pdf)) {
            int pages = document.count();
            if (pages < 1 || pages > MAX_PAGES) {
                throw BusinessException.invalid("bodyPdf.error.pages", MAX_PAGES, pages);
            }
        } catch (PdfPages.UnreadablePdfException e) {
            throw BusinessException.invalid(e.encrypted() ? "bodyPdf.error.encrypted" : "bodyPdf.error.corrupt");
        } catch (RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.invalid("bodyPdf.error.corrupt");
        }
    }

    /** The pages as PNG, rendered at 150 dpi. */
    public static List<byte[]> pages(byte[] pdf) {
        try (PdfPages document = PdfPages.open(pdf)) {
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < document.count(); i++) {
                BufferedImage image = document.render(i, DPI, MAX_PIXELS);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
